//! Frozen code: a compiled module as static data in the binary (`upy-cross --freeze` writes
//! it as Rust source), made into a live code object when the module is imported.
//!
//! The instructions are used in place (`Ops::Static`), so a frozen module's bytecode costs
//! no RAM, nor do its names (interned where the binary holds them); its constants are made
//! at import, as a loaded `.upyc`'s.

use alloc::rc::Rc;
use alloc::vec::Vec;

use super::read::{Const, Parts, build_code, const_value};
use crate::bytecode::{Code, Ops};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A code object frozen into the binary; the fields are those of the `.upyc` format.
pub struct FrozenCode {
    pub name: &'static str,
    pub qualname: &'static str,
    pub filename: &'static str,
    pub argcount: u16,
    pub posonlycount: u16,
    pub kwonlycount: u16,
    pub nlocals: u16,
    pub freestart: u16,
    pub stacksize: u16,
    pub flags: u8,
    pub firstline: u32,
    pub ops: &'static [u32],
    pub consts: &'static [FrozenConst],
    pub codes: &'static [FrozenCode],
    pub names: &'static [&'static str],
    pub varnames: &'static [&'static str],
    pub cellslots: &'static [u16],
    pub lines: &'static [(u32, u32)],
    pub doc: FrozenConst,
}

/// A constant of frozen code.
pub enum FrozenConst {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An int beyond 64 bits: negative?, magnitude little-endian.
    Big(bool, &'static [u8]),
    Float(f64),
    Complex(f64, f64),
    Str(&'static str),
    Bytes(&'static [u8]),
    Tuple(&'static [FrozenConst]),
}

impl FrozenCode {
    /// The live code object (its nested code objects made too).
    pub(crate) fn instantiate(&'static self, vm: &mut Vm) -> PyResult<Rc<Code>> {
        let mut consts = Vec::with_capacity(self.consts.len());
        for c in self.consts {
            consts.push(c.value(vm)?);
        }
        let mut codes = Vec::with_capacity(self.codes.len());
        for code in self.codes {
            codes.push(code.instantiate(vm)?);
        }
        let parts = Parts {
            name: self.name,
            qualname: self.qualname,
            filename: self.filename,
            argcount: self.argcount,
            posonlycount: self.posonlycount,
            kwonlycount: self.kwonlycount,
            nlocals: self.nlocals,
            freestart: self.freestart,
            stacksize: self.stacksize,
            flags: self.flags,
            firstline: self.firstline,
            ops: Ops::Static(self.ops),
            consts,
            codes,
            names: self.names.to_vec(),
            varnames: self.varnames.to_vec(),
            cellslots: self.cellslots.to_vec(),
            lines: self.lines.to_vec(),
            doc: self.doc.value(vm)?,
        };
        Ok(build_code(vm, parts, crate::qstr::QstrTable::intern_static))
    }
}

impl FrozenConst {
    fn value(&'static self, vm: &mut Vm) -> PyResult<Value> {
        let c = match *self {
            FrozenConst::None => Const::None,
            FrozenConst::True => Const::True,
            FrozenConst::False => Const::False,
            FrozenConst::Ellipsis => Const::Ellipsis,
            FrozenConst::Int(n) => Const::Int(n),
            FrozenConst::Big(negative, magnitude) => Const::Big(negative, magnitude),
            FrozenConst::Float(f) => Const::Float(f),
            FrozenConst::Complex(re, im) => Const::Complex(re, im),
            FrozenConst::Str(s) => Const::Str(s),
            FrozenConst::Bytes(b) => Const::Bytes(b),
            FrozenConst::Tuple(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(item.value(vm)?);
                }
                Const::Tuple(values)
            }
        };
        const_value(vm, c)
    }
}
