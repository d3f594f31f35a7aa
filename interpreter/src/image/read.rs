//! Reading a `.upyc` image: a checked decoder that hands each constant and code object to a
//! [`Build`]er — the VM's, which makes live code objects ([`load`]), or `upy-cross`'s, which
//! writes them out as Rust source for freezing.
//!
//! Invariant: a code object reaches the builder only once every operand of every
//! instruction is in range and its locals agree with its parameters ([`check`]), so the VM
//! never indexes out of a loaded code object's tables.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::{HEADER, MAGIC, MAX_DEPTH, VERSION, crc32, tag};
use crate::bytecode::{Code, Ops, flags, op};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// Why decoding stopped: a defect of the image, or the builder's exception.
pub enum Fail {
    Format(String),
    Raised(Raised),
}

impl From<Raised> for Fail {
    fn from(r: Raised) -> Fail {
        Fail::Raised(r)
    }
}

fn bad<T>(what: &str) -> Result<T, Fail> {
    Err(Fail::Format(String::from(what)))
}

/// A constant as the image holds it, its items already built.
pub enum Const<'a, C> {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An int beyond 64 bits: negative?, magnitude little-endian.
    Big(bool, &'a [u8]),
    Float(f64),
    Complex(f64, f64),
    Str(&'a str),
    Bytes(&'a [u8]),
    Tuple(Vec<C>),
}

/// A code object's parts, its constants and nested code already built.
pub struct Parts<'a, C, K> {
    pub name: &'a str,
    pub qualname: &'a str,
    pub filename: &'a str,
    pub argcount: u16,
    pub posonlycount: u16,
    pub kwonlycount: u16,
    pub nlocals: u16,
    pub freestart: u16,
    pub stacksize: u16,
    pub flags: u8,
    pub firstline: u32,
    pub ops: Ops,
    pub consts: Vec<C>,
    pub codes: Vec<K>,
    pub names: Vec<&'a str>,
    pub varnames: Vec<&'a str>,
    pub cellslots: Vec<u16>,
    pub lines: Vec<(u32, u32)>,
    pub doc: C,
}

/// What a decoded image becomes.
pub trait Build {
    type Const;
    type Code;
    fn konst(&mut self, c: Const<'_, Self::Const>) -> Result<Self::Const, Fail>;
    fn code(&mut self, parts: Parts<'_, Self::Const, Self::Code>) -> Result<Self::Code, Fail>;
}

/// Decodes image `bytes` (a whole `.upyc` file) into `builder`'s module code.
pub fn decode<B: Build>(bytes: &[u8], builder: &mut B) -> Result<B::Code, Fail> {
    let Some(header) = bytes.get(..HEADER) else {
        return bad("truncated header");
    };
    if &header[..4] != MAGIC {
        return bad("not a compiled module (bad magic number)");
    }
    if header[4] != VERSION || header[5] != crate::bytecode::VERSION {
        return Err(Fail::Format(format!(
            "compiled module version {}.{}, expected {VERSION}.{}",
            header[4],
            header[5],
            crate::bytecode::VERSION
        )));
    }
    if header[6] != 0 || header[7] != 0 {
        return bad("unknown flags in the header");
    }
    let word = |at: usize| {
        u32::from_le_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let (length, crc) = (word(8) as usize, word(12));
    let body = &bytes[HEADER..];
    if body.len() != length {
        return bad(if body.len() < length {
            "truncated compiled module"
        } else {
            "trailing bytes after the compiled module"
        });
    }
    if crc32(0, body) != crc {
        return bad("compiled module is corrupt (CRC mismatch)");
    }
    let mut r = Reader {
        bytes: body,
        at: 0,
        strings: Vec::new(),
        depth: 0,
    };
    let n = r.count(1)?;
    let mut strings = Vec::with_capacity(n);
    for _ in 0..n {
        let len = r.count(1)?;
        let raw = r.take(len)?;
        match core::str::from_utf8(raw) {
            Ok(s) => strings.push(s),
            Err(_) => return bad("a string is not UTF-8"),
        }
    }
    r.strings = strings;
    let (code, _) = r.code(builder)?;
    if r.at != body.len() {
        return bad("trailing bytes after the module's code");
    }
    Ok(code)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    strings: Vec<&'a str>,
    depth: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Fail> {
        match self.bytes.get(self.at..self.at.saturating_add(n)) {
            Some(s) if self.at.checked_add(n).is_some() => {
                self.at += n;
                Ok(s)
            }
            _ => bad("truncated compiled module"),
        }
    }

    fn byte(&mut self) -> Result<u8, Fail> {
        Ok(self.take(1)?[0])
    }

    fn varint(&mut self) -> Result<u64, Fail> {
        let mut n: u64 = 0;
        for shift in (0..70).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return bad("number too large");
            }
            n |= part << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        bad("number too large")
    }

    fn u16(&mut self) -> Result<u16, Fail> {
        u16::try_from(self.varint()?).or_else(|_| bad("number too large"))
    }

    fn u32(&mut self) -> Result<u32, Fail> {
        u32::try_from(self.varint()?).or_else(|_| bad("number too large"))
    }

    /// A count of items each at least `min` bytes long: never more than the bytes left
    /// could hold, so a corrupt count cannot ask for a huge allocation.
    fn count(&mut self, min: usize) -> Result<usize, Fail> {
        let n = self.varint()?;
        let left = (self.bytes.len() - self.at) / min;
        match usize::try_from(n) {
            Ok(n) if n <= left => Ok(n),
            _ => bad("truncated compiled module"),
        }
    }

    fn str(&mut self) -> Result<&'a str, Fail> {
        let i = self.varint()?;
        match usize::try_from(i).ok().and_then(|i| self.strings.get(i)) {
            Some(s) => Ok(s),
            None => bad("string index out of range"),
        }
    }

    fn f64(&mut self) -> Result<f64, Fail> {
        let raw = self.take(8)?;
        let mut b = [0; 8];
        b.copy_from_slice(raw);
        Ok(f64::from_bits(u64::from_le_bytes(b)))
    }

    fn enter(&mut self) -> Result<(), Fail> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return bad("nested too deeply");
        }
        Ok(())
    }

    fn konst<B: Build>(&mut self, b: &mut B) -> Result<B::Const, Fail> {
        let c = match self.byte()? {
            tag::NONE => Const::None,
            tag::TRUE => Const::True,
            tag::FALSE => Const::False,
            tag::ELLIPSIS => Const::Ellipsis,
            tag::INT => {
                let z = self.varint()?;
                Const::Int((z >> 1) as i64 ^ -((z & 1) as i64))
            }
            tag::BIG => {
                let negative = match self.byte()? {
                    0 => false,
                    1 => true,
                    _ => return bad("bad sign of an int constant"),
                };
                let len = self.count(1)?;
                Const::Big(negative, self.take(len)?)
            }
            tag::FLOAT => Const::Float(self.f64()?),
            tag::COMPLEX => Const::Complex(self.f64()?, self.f64()?),
            tag::STR => Const::Str(self.str()?),
            tag::BYTES => {
                let len = self.count(1)?;
                Const::Bytes(self.take(len)?)
            }
            tag::TUPLE => {
                self.enter()?;
                let n = self.count(1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.konst(b)?);
                }
                self.depth -= 1;
                Const::Tuple(items)
            }
            _ => return bad("unknown constant tag"),
        };
        b.konst(c)
    }

    /// A code object, and its flags.
    fn code<B: Build>(&mut self, b: &mut B) -> Result<(B::Code, u8), Fail> {
        self.enter()?;
        let (name, qualname, filename) = (self.str()?, self.str()?, self.str()?);
        let argcount = self.u16()?;
        let posonlycount = self.u16()?;
        let kwonlycount = self.u16()?;
        let nlocals = self.u16()?;
        let freestart = self.u16()?;
        let stacksize = self.u16()?;
        let flags = self.byte()?;
        let firstline = self.u32()?;
        let nops = self.count(4)?;
        let mut ops = Vec::with_capacity(nops);
        for _ in 0..nops {
            let raw = self.take(4)?;
            ops.push(u32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]));
        }
        let n = self.count(1)?;
        let mut consts = Vec::with_capacity(n);
        for _ in 0..n {
            consts.push(self.konst(b)?);
        }
        let n = self.count(1)?;
        let mut codes = Vec::with_capacity(n);
        let mut child_flags = Vec::with_capacity(n);
        for _ in 0..n {
            let (code, flags) = self.code(b)?;
            codes.push(code);
            child_flags.push(flags);
        }
        let mut names = Vec::new();
        let mut varnames = Vec::new();
        for list in [&mut names, &mut varnames] {
            let n = self.count(1)?;
            list.reserve(n);
            for _ in 0..n {
                list.push(self.str()?);
            }
        }
        let n = self.count(1)?;
        let mut cellslots = Vec::with_capacity(n);
        for _ in 0..n {
            cellslots.push(self.u16()?);
        }
        let n = self.count(2)?;
        let mut lines = Vec::with_capacity(n);
        let mut at: u32 = 0;
        for _ in 0..n {
            at = match at.checked_add(self.u32()?) {
                Some(at) => at,
                None => return bad("bad line table"),
            };
            lines.push((at, self.u32()?));
        }
        let doc = self.konst(b)?;
        self.depth -= 1;
        let parts = Parts {
            name,
            qualname,
            filename,
            argcount,
            posonlycount,
            kwonlycount,
            nlocals,
            freestart,
            stacksize,
            flags,
            firstline,
            ops: ops.into(),
            consts,
            codes,
            names,
            varnames,
            cellslots,
            lines,
            doc,
        };
        check(&parts, &child_flags).map_err(|what| Fail::Format(String::from(what)))?;
        Ok((b.code(parts)?, flags))
    }
}

/// Checks a code object's invariants: what the compiler guarantees and the VM relies on.
/// `child_flags` are the flags of its nested code objects.
pub fn check<C, K>(p: &Parts<'_, C, K>, child_flags: &[u8]) -> Result<(), &'static str> {
    let nlocals = usize::from(p.nlocals);
    if p.varnames.len() != nlocals {
        return Err("local names do not match the locals");
    }
    let star = usize::from(p.flags & flags::VARARGS != 0);
    let stars = star + usize::from(p.flags & flags::VARKEYWORDS != 0);
    let params = usize::from(p.argcount) + usize::from(p.kwonlycount) + stars;
    if p.posonlycount > p.argcount || params > nlocals || usize::from(p.freestart) > nlocals {
        return Err("parameters do not fit the locals");
    }
    if p.cellslots.iter().any(|&s| s >= p.nlocals) {
        return Err("a cell slot out of range");
    }
    if p.lines.windows(2).any(|w| w[0].0 > w[1].0) {
        return Err("bad line table");
    }
    let (nconsts, nnames, ncodes) = (p.consts.len(), p.names.len(), p.codes.len());
    let nops = p.ops.len();
    if nops == 0 || nops >= crate::bytecode::MAX_OPS {
        return Err("bad instruction count");
    }
    for &w in p.ops.iter() {
        let (opcode, arg) = (w as u8, (w >> 8) as usize);
        let ok = match opcode {
            _ if opcode < op::HAS_ARG => arg == 0 && opcode <= op::IMPORT_STAR,
            op::LOAD_CONST | op::MATCH_PATTERN => arg < nconsts,
            op::BINARY_OP_CONST => arg >> 6 < nconsts,
            op::LOAD_FAST
            | op::STORE_FAST
            | op::DELETE_FAST
            | op::LOAD_DEREF
            | op::STORE_DEREF
            | op::DELETE_DEREF
            | op::LOAD_CLOSURE => arg < nlocals,
            op::LOAD_FAST2 | op::STORE_FAST_LOAD_FAST => arg & 0xff < nlocals && arg >> 8 < nlocals,
            op::LOAD_FAST_ATTR => arg & 0xff < nlocals && arg >> 8 < nnames,
            op::LOAD_GLOBAL
            | op::STORE_GLOBAL
            | op::DELETE_GLOBAL
            | op::LOAD_ATTR
            | op::STORE_ATTR
            | op::DELETE_ATTR
            | op::LOAD_METHOD
            | op::LOAD_NAME
            | op::STORE_NAME
            | op::DELETE_NAME
            | op::IMPORT_NAME
            | op::IMPORT_FROM => arg < nnames,
            op::MAKE_FUNCTION => arg < ncodes,
            _ if opcode >= op::HAS_JUMP => opcode <= op::CHECK_EG_MATCH && arg < nops,
            _ => opcode <= op::IMPORT_FROM,
        };
        if !ok {
            return Err("an instruction out of range");
        }
    }
    super::verify::check_stack(&p.ops, child_flags)
}

/// The VM's builder: live constants and code objects.
/// What it makes stays young (a root) until the caller's next safe point, as the
/// compiler's constants do.
struct VmBuild<'v> {
    vm: &'v mut Vm,
}

impl Build for VmBuild<'_> {
    type Const = Value;
    type Code = Rc<Code>;

    fn konst(&mut self, c: Const<'_, Value>) -> Result<Value, Fail> {
        Ok(const_value(self.vm, c)?)
    }

    fn code(&mut self, p: Parts<'_, Value, Rc<Code>>) -> Result<Rc<Code>, Fail> {
        Ok(build_code(self.vm, p, crate::qstr::QstrTable::intern))
    }
}

/// The value of constant `c`.
pub(crate) fn const_value(vm: &mut Vm, c: Const<'_, Value>) -> PyResult {
    match c {
        Const::None => Ok(Value::NONE),
        Const::True => Ok(Value::TRUE),
        Const::False => Ok(Value::FALSE),
        Const::Ellipsis => Ok(Value::ELLIPSIS),
        Const::Int(n) => vm.new_int(n),
        Const::Big(negative, magnitude) => {
            let sign = if negative {
                num_bigint::Sign::Minus
            } else {
                num_bigint::Sign::Plus
            };
            vm.new_bigint(num_bigint::BigInt::from_bytes_le(sign, magnitude))
        }
        Const::Float(f) => vm.new_float(f),
        Const::Complex(re, im) => vm.new_complex(crate::types::complex::C { re, im }),
        Const::Str(s) if s.len() <= 64 => Ok(Value::qstr(vm.qstrs.intern(s))),
        Const::Str(s) => vm.new_str_from(s),
        Const::Bytes(b) => vm.new_bytes(b.to_vec()),
        Const::Tuple(items) => vm.new_tuple(items),
    }
}

/// A live code object from checked parts.
/// Names are interned with `intern` (frozen code's without a copy).
pub(crate) fn build_code<'a>(
    vm: &mut Vm,
    p: Parts<'a, Value, Rc<Code>>,
    intern: fn(&mut crate::qstr::QstrTable, &'a str) -> crate::qstr::Qstr,
) -> Rc<Code> {
    let mut all = |names: &[&'a str]| -> alloc::boxed::Box<[crate::qstr::Qstr]> {
        names.iter().map(|&n| intern(&mut vm.qstrs, n)).collect()
    };
    let names = all(&p.names);
    let varnames = all(&p.varnames);
    let [name, qualname, filename] =
        [p.name, p.qualname, p.filename].map(|s| intern(&mut vm.qstrs, s));
    Rc::new(Code {
        name,
        qualname,
        filename,
        ops: p.ops,
        consts: p.consts.into_boxed_slice(),
        codes: p.codes.into_boxed_slice(),
        sites: crate::vm::sites::Sites::new(names.len()),
        names,
        varnames,
        argcount: p.argcount,
        posonlycount: p.posonlycount,
        kwonlycount: p.kwonlycount,
        nlocals: p.nlocals,
        cellslots: p.cellslots.into_boxed_slice(),
        freestart: p.freestart,
        flags: p.flags,
        stacksize: p.stacksize,
        lines: p.lines.into_boxed_slice(),
        firstline: p.firstline,
        doc: p.doc,
    })
}

/// The module code of image `bytes`; a defect of the image is a ValueError naming it.
pub(crate) fn load(vm: &mut Vm, bytes: &[u8]) -> PyResult<Rc<Code>> {
    let r = decode(bytes, &mut VmBuild { vm: &mut *vm });
    match r {
        Ok(code) => Ok(code),
        Err(Fail::Raised(r)) => Err(r),
        Err(Fail::Format(what)) => {
            let msg = format!("bad compiled module: {what}");
            Err(vm.raise_new(crate::types::TypeId::ValueError, &msg))
        }
    }
}
