//! Compiled modules: a module's code objects in a portable form, written by `upy-cross` to a
//! `.upyc` file that `import` loads instead of compiling the source, and frozen into the
//! binary as static data ([`FrozenCode`]) that runs without copying its instructions to RAM.
//!
//! # The `.upyc` format (version 1)
//!
//! All integers are little-endian; `varint` is unsigned LEB128 (at most 10 bytes), `zigzag`
//! a varint holding a signed value (`(n << 1) ^ (n >> 63)`).
//!
//! ```text
//! file    = magic:"UPYC" version:u8 bytecode:u8 0:u8 0:u8 length:u32 crc:u32 body
//! body    = nstrings:varint string* code        (exactly `length` bytes, CRC-32 `crc`)
//! string  = len:varint utf8-bytes
//! code    = name:str qualname:str filename:str
//!           argcount posonlycount kwonlycount nlocals freestart stacksize:varint
//!           flags:u8 firstline:varint
//!           nops:varint op:u32*            (instructions as `bytecode` documents them)
//!           nconsts:varint const*
//!           ncodes:varint code*            (nested code objects, for MAKE_FUNCTION)
//!           nnames:varint str*  nvarnames:varint str*
//!           ncells:varint slot:varint*
//!           nlines:varint (delta:varint line:varint)*   (offsets as increments)
//!           doc:const
//! str     = index:varint into the string table
//! const   = 0 None | 1 True | 2 False | 3 Ellipsis | 4 int:zigzag
//!         | 5 sign:u8 len:varint magnitude-bytes   (an int beyond 64 bits)
//!         | 6 f64 | 7 f64 f64 (complex) | 8 str | 9 len:varint bytes | 10 n:varint const*
//! ```
//!
//! `version` changes with the layout above, `bytecode` with [`crate::bytecode::VERSION`]
//! (the instruction set): a file with either different is refused, as is one whose length or
//! CRC does not match, or whose contents break a code object's invariants (every operand
//! in range, locals consistent with the parameters). Loading never panics: any defect is a
//! `ValueError` naming it.
//!
//! Names are interned when a module is loaded; the instructions of frozen code stay where
//! the binary holds them.

mod freeze;
mod read;
mod verify;
mod write;

pub use freeze::{FrozenCode, FrozenConst};
pub(crate) use read::load;
pub use read::{Build, Const, Fail, Parts, check, decode};
pub use write::write;

/// The first four bytes of a `.upyc` file.
pub const MAGIC: &[u8; 4] = b"UPYC";
/// The layout version of the format this build reads and writes.
pub const VERSION: u8 = 1;
/// Bytes before the body: magic, versions, two reserved bytes, length and CRC.
pub const HEADER: usize = 16;
/// Deepest nesting of code objects or constant tuples a file may hold.
pub const MAX_DEPTH: usize = 100;

/// The CRC-32 (IEEE 802.3, as zlib and `binascii.crc32`) of `data`, continuing from `crc`.
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut crc = !crc;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A constant's tag byte.
mod tag {
    pub const NONE: u8 = 0;
    pub const TRUE: u8 = 1;
    pub const FALSE: u8 = 2;
    pub const ELLIPSIS: u8 = 3;
    pub const INT: u8 = 4;
    pub const BIG: u8 = 5;
    pub const FLOAT: u8 = 6;
    pub const COMPLEX: u8 = 7;
    pub const STR: u8 = 8;
    pub const BYTES: u8 = 9;
    pub const TUPLE: u8 = 10;
}
