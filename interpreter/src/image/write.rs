//! Writing a module's code objects as a `.upyc` image (the format is in the parent module).

use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::HashMap;

use super::{HEADER, MAGIC, VERSION, crc32, tag};
use crate::bytecode::Code;
use crate::heap::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// The image of module code `code`, compiled by `vm`; an error names a constant the format
/// cannot hold (the compiler makes none).
pub fn write(vm: &Vm, code: &Code) -> Result<Vec<u8>, String> {
    let mut w = Writer {
        vm,
        strings: Vec::new(),
        index: HashMap::new(),
        body: Vec::new(),
    };
    w.code(code)?;
    let mut table = Vec::new();
    varint(&mut table, w.strings.len() as u64);
    for s in &w.strings {
        varint(&mut table, s.len() as u64);
        table.extend_from_slice(s.as_bytes());
    }
    table.extend_from_slice(&w.body);
    let length = u32::try_from(table.len()).map_err(|_| String::from("module too large"))?;
    let mut out = Vec::with_capacity(HEADER + table.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&[VERSION, crate::bytecode::VERSION, 0, 0]);
    out.extend_from_slice(&length.to_le_bytes());
    out.extend_from_slice(&crc32(0, &table).to_le_bytes());
    out.extend_from_slice(&table);
    Ok(out)
}

/// Appends `n` as unsigned LEB128.
pub(super) fn varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Writer<'a> {
    vm: &'a Vm,
    strings: Vec<String>,
    index: HashMap<String, u32>,
    body: Vec<u8>,
}

impl Writer<'_> {
    fn num(&mut self, n: impl Into<u64>) {
        varint(&mut self.body, n.into());
    }

    fn str(&mut self, s: &str) {
        let i = match self.index.get(s) {
            Some(&i) => i,
            None => {
                let i = self.strings.len() as u32;
                self.strings.push(String::from(s));
                self.index.insert(String::from(s), i);
                i
            }
        };
        self.num(i);
    }

    fn qstr(&mut self, q: crate::qstr::Qstr) {
        let vm = self.vm;
        self.str(vm.qstr_text(q));
    }

    fn code(&mut self, code: &Code) -> Result<(), String> {
        self.qstr(code.name);
        self.qstr(code.qualname);
        self.qstr(code.filename);
        for n in [
            code.argcount,
            code.posonlycount,
            code.kwonlycount,
            code.nlocals,
            code.freestart,
            code.stacksize,
        ] {
            self.num(n);
        }
        self.body.push(code.flags);
        self.num(code.firstline);
        self.num(code.ops.len() as u64);
        for &w in code.ops.iter() {
            self.body.extend_from_slice(&w.to_le_bytes());
        }
        self.num(code.consts.len() as u64);
        for &c in code.consts.iter() {
            self.konst(c)?;
        }
        self.num(code.codes.len() as u64);
        for inner in code.codes.iter() {
            self.code(inner)?;
        }
        for names in [&code.names, &code.varnames] {
            self.num(names.len() as u64);
            for &q in names.iter() {
                self.qstr(q);
            }
        }
        self.num(code.cellslots.len() as u64);
        for &slot in code.cellslots.iter() {
            self.num(slot);
        }
        self.num(code.lines.len() as u64);
        let mut at = 0;
        for &(offset, line) in code.lines.iter() {
            self.num(offset.wrapping_sub(at));
            self.num(line);
            at = offset;
        }
        self.konst(code.doc)
    }

    fn konst(&mut self, v: Value) -> Result<(), String> {
        let simple = [
            (Value::NONE, tag::NONE),
            (Value::TRUE, tag::TRUE),
            (Value::FALSE, tag::FALSE),
            (Value::ELLIPSIS, tag::ELLIPSIS),
        ];
        if let Some(&(_, t)) = simple.iter().find(|(c, _)| *c == v) {
            self.body.push(t);
            return Ok(());
        }
        if let Some(n) = v.as_small() {
            self.body.push(tag::INT);
            self.num(((n << 1) ^ (n >> 63)) as u64);
            return Ok(());
        }
        if let Some(f) = v.as_float() {
            self.body.push(tag::FLOAT);
            self.body.extend_from_slice(&f.to_bits().to_le_bytes());
            return Ok(());
        }
        if let Some(q) = v.as_qstr() {
            self.body.push(tag::STR);
            self.qstr(q);
            return Ok(());
        }
        let vm = self.vm;
        match vm.heap.get(v) {
            Some(Obj::Str(s)) => {
                self.body.push(tag::STR);
                self.str(s.text());
            }
            Some(Obj::BigInt(b)) => {
                let (sign, magnitude) = b.to_bytes_le();
                self.body.push(tag::BIG);
                self.body.push(u8::from(sign == num_bigint::Sign::Minus));
                self.num(magnitude.len() as u64);
                self.body.extend_from_slice(&magnitude);
            }
            Some(Obj::Float(f)) => {
                self.body.push(tag::FLOAT);
                self.body.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Some(Obj::Complex([re, im])) => {
                self.body.push(tag::COMPLEX);
                self.body.extend_from_slice(&re.to_bits().to_le_bytes());
                self.body.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Some(Obj::Bytes(b)) => {
                self.body.push(tag::BYTES);
                self.num(b.len() as u64);
                self.body.extend_from_slice(b);
            }
            Some(Obj::Tuple(items)) => {
                self.body.push(tag::TUPLE);
                self.num(items.len() as u64);
                for &item in items.iter() {
                    self.konst(item)?;
                }
            }
            _ => return Err(String::from("a constant of a kind images cannot hold")),
        }
        Ok(())
    }
}
