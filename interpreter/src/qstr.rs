//! Interned strings ("qstrs"): identifiers, attribute names and short literals.
//!
//! Every qstr is stored once in the VM's [`QstrTable`]; a `Value` that holds a qstr carries
//! only its index, so two qstrs are equal exactly when their indices are. The names the core
//! itself needs (builtins, methods, dunder names) are interned first, in the order of
//! [`STATIC`], so their indices are compile-time constants (`Q::append`, ...).

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::HashTable;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Qstr(pub u32);

macro_rules! static_qstrs {
    ($($name:ident $(= $text:literal)?),* $(,)?) => {
        #[allow(non_camel_case_types, dead_code)]
        #[repr(u32)]
        enum Index { $($name),* }

        /// The qstrs interned at start-up, by name.
        #[allow(non_upper_case_globals, non_snake_case, dead_code)]
        pub mod Q {
            use super::{Index, Qstr};
            $(pub const $name: Qstr = Qstr(Index::$name as u32);)*
        }

        /// Their texts, in index order.
        pub const STATIC: &[&str] = &[$(static_qstrs!(@text $name $(= $text)?)),*];
    };
    (@text $name:ident = $text:literal) => { $text };
    (@text $name:ident) => { stringify!($name) };
}

static_qstrs! {
    empty = "",
    __main__, __name__, __file__, __init__, __class__, __module__, __qualname__,
    __doc__, __dict__, __builtins__,
    lambda = "<lambda>", module = "<module>", listcomp = "<listcomp>",
    dictcomp = "<dictcomp>", setcomp = "<setcomp>", genexpr = "<genexpr>",
    args, sep, end, key, default, reverse, base, start, step, stop, file, flush,
    ndigits, exp, mod_ = "mod", maxsplit, keepends, tabsize, number, iterable, x, bytes_per_sep,
    order, table, delete, closure,
    // Builtin functions.
    print, len, range, str, int, float, bool, list, tuple, dict, repr, abs, min, max,
    isinstance, issubclass, type_ = "type", object, iter, next, sum, any, all, sorted, reversed,
    enumerate, zip, map, filter, chr, ord, hex, oct, bin, divmod, pow, round, hash,
    id, ascii, callable, getattr, setattr, hasattr, delattr, globals, locals, input, format, set,
    frozenset, bytes, slice, super_ = "super", vars, dir, exec, eval, compile,
    // Methods.
    append, pop, insert, extend, remove, index, count, clear, copy, sort,
    get, keys, values, items, update, setdefault, popitem, fromkeys,
    join, split, rsplit, upper, lower, strip, lstrip, rstrip, replace, startswith,
    endswith, find, rfind, rindex, isdigit, isalpha, isspace, isupper, islower,
    isprintable, isdecimal, isnumeric, isidentifier, casefold, maketrans, translate,
    isalnum, splitlines, capitalize, title, swapcase, center, ljust, rjust, zfill,
    partition, rpartition, removeprefix, removesuffix, expandtabs, encode, is_integer, bit_length, bit_count, name, numerator, denominator, conjugate, real, imag,
    to_bytes, from_bytes, as_integer_ratio,
    with_traceback, add_note, format_map, subgroup, derive, message, exceptions,
    // Attributes.
    __cause__, __context__, __traceback__, __suppress_context__, __notes__,
    tb_next, tb_lineno, tb_lasti, __objclass__, __args__, write, __origin__,
    __parameters__, __annotations__, cell_contents,
    // The class machinery and special methods.
    __build_class__, __classcell__, __prepare__, __new__, __init_subclass__,
    __class_getitem__, __set_name__, __slots__, __bases__, __base__, __mro__, __self__,
    __func__, __wrapped__, __get__, __set__, __delete__, __getattr__, __getattribute__,
    __setattr__, __delattr__, __call__, __repr__, __str__, __format__, __bytes__, __hash__,
    __bool__, __len__, __length_hint__, __iter__, __next__, __reversed__, __contains__,
    __reduce__, __setstate__,
    __getitem__, __setitem__, __delitem__, __missing__, __enter__, __exit__, __index__,
    __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__,
    __neg__, __pos__, __abs__, __invert__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__,
    __instancecheck__, __subclasscheck__, __dir__, __isabstractmethod__,
    __add__, __sub__, __mul__, __truediv__, __floordiv__, __mod__, __pow__, __lshift__,
    __rshift__, __and__, __or__, __xor__, __matmul__, __divmod__,
    __radd__, __rsub__, __rmul__, __rtruediv__, __rfloordiv__, __rmod__, __rpow__,
    __rlshift__, __rrshift__, __rand__, __ror__, __rxor__, __rmatmul__, __rdivmod__,
    __iadd__, __isub__, __imul__, __itruediv__, __ifloordiv__, __imod__, __ipow__,
    __ilshift__, __irshift__, __iand__, __ior__, __ixor__, __imatmul__,
    __match_args__, metaclass, mro, fget, fset, fdel, doc, getter, setter, deleter, __abstractmethods__,
    mode, flags, dont_inherit, optimize, strict, indices,
    source, encoding, errors, length, byteorder, signed, decode, fromhex,
    isascii, istitle, tobytes, tolist, toreadonly, readonly, nbytes, obj,
    mapping, itemsize, ndim, shape, strides, suboffsets, contiguous, c_contiguous, f_contiguous,
    release, cast, aiter, anext,
    add, discard, intersection_update, difference_update, symmetric_difference_update, union,
    intersection, difference, symmetric_difference, issubset, issuperset, isdisjoint,
    send, throw, close, __await__, __aiter__, __anext__, __aenter__, __aexit__,
    gi_running, gi_yieldfrom, cr_running, cr_await, ag_running, ag_await, asend, athrow, aclose,
    value, code, errno, strerror, filename2, msg, lineno, offset, filename, text, end_lineno, end_offset,
    co_filename, co_name, co_qualname, co_argcount, co_posonlyargcount, co_kwonlyargcount,
    co_nlocals, co_firstlineno, co_varnames,
    __globals__, __defaults__, __kwdefaults__, __closure__, __code__,
    // Modules and import.
    __package__, __loader__, __spec__, __path__, __all__, __import__, fromlist, level, path,
    modules, argv, sys, builtins, a, b, k, n, seq, version, population, weights, cum_weights, counts, mu, sigma, lambd, low, high,
    // struct, array and binascii.
    buffer, size, pack, unpack, pack_into, unpack_from, iter_unpack, typecode, typecodes,
    buffer_info, byteswap, frombytes, fromunicode, tounicode,
    strict_mode, newline, crc, data, __copy__, __deepcopy__,
    // Streams (`io`, `open`, the standard streams).
    open, read, read1, readline, readlines, writelines, seek, tell, truncate, getvalue,
    readable, writable, seekable, isatty, fileno, closed, newlines,
    line_buffering, write_through, initial_value, initial_bytes, buffering, closefd, opener,
    r, stdin, stdout, stderr,
    // collections and heapq.
    appendleft, popleft, extendleft, rotate, maxlen, last, move_to_end, default_factory,
    __getnewargs__, _make, _replace, _asdict, _fields, _field_defaults,
    most_common, elements, subtract, total, typename, field_names, rename, defaults,
    help,
    module_name = "module",
    // hashlib and os.
    digest, hexdigest, digest_size, block_size, usedforsecurity, exist_ok, follow_symlinks,
    dir_fd, string, __fspath__, src, dst, getbuffer, readinto, _bufsize,
}

/// The table of interned strings of one VM.
pub struct QstrTable {
    /// The texts: the static ones (and frozen code's names) where the binary holds them,
    /// the others copied.
    texts: Vec<Cow<'static, str>>,
    hashes: Vec<u64>,
    index: HashTable<u32>,
}

impl Default for QstrTable {
    fn default() -> Self {
        Self::new()
    }
}

impl QstrTable {
    /// A table holding the static qstrs at their fixed indices.
    pub fn new() -> QstrTable {
        let mut table = QstrTable {
            texts: Vec::with_capacity(STATIC.len() * 2),
            hashes: Vec::new(),
            index: HashTable::new(),
        };
        for text in STATIC {
            // STATIC has no duplicates (a unit test checks), so each text keeps one index.
            table.push(Cow::Borrowed(text));
        }
        table
    }

    fn push(&mut self, text: Cow<'static, str>) -> Qstr {
        let id = self.texts.len() as u32;
        let hash = str_hash(text.as_bytes());
        self.texts.push(text);
        self.hashes.push(hash);
        let hashes = &self.hashes;
        if self
            .index
            .find(hash, |&i| self.texts[i as usize] == self.texts[id as usize])
            .is_none()
        {
            self.index.insert_unique(hash, id, |&i| hashes[i as usize]);
        }
        Qstr(id)
    }

    /// The qstr of `text`, interning (a copy of) it if needed.
    pub fn intern(&mut self, text: &str) -> Qstr {
        match self.lookup(text) {
            Some(q) => q,
            None => self.push(Cow::Owned(String::from(text))),
        }
    }

    /// The qstr of static `text`, interning it without a copy if needed (frozen code's names).
    pub fn intern_static(&mut self, text: &'static str) -> Qstr {
        match self.lookup(text) {
            Some(q) => q,
            None => self.push(Cow::Borrowed(text)),
        }
    }

    /// The qstr of `text` if it is already interned.
    pub fn lookup(&self, text: &str) -> Option<Qstr> {
        let hash = str_hash(text.as_bytes());
        self.index
            .find(hash, |&i| &*self.texts[i as usize] == text)
            .map(|&i| Qstr(i))
    }

    pub fn text(&self, q: Qstr) -> &str {
        self.texts.get(q.0 as usize).map_or("", |s| s)
    }

    pub fn hash(&self, q: Qstr) -> u64 {
        self.hashes.get(q.0 as usize).copied().unwrap_or(0)
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

/// The hash of a string's UTF-8 bytes (FNV-1a, 64-bit, folded to 32 bits), shared by qstrs
/// and heap strings so that equal strings hash equal whatever their representation. Never 0,
/// so a heap string can keep it in 32 bits with 0 meaning "not computed yet".
pub fn str_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let folded = (h ^ (h >> 32)) as u32;
    u64::from(folded.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_qstrs_have_their_indices() {
        let t = QstrTable::new();
        assert_eq!(t.text(Q::append), "append");
        assert_eq!(t.text(Q::lambda), "<lambda>");
        assert_eq!(t.lookup("print"), Some(Q::print));
        assert_eq!(t.lookup("__name__"), Some(Q::__name__));
    }

    #[test]
    fn static_qstrs_are_unique() {
        let t = QstrTable::new();
        for (i, text) in STATIC.iter().enumerate() {
            assert_eq!(t.lookup(text), Some(Qstr(i as u32)), "{text}");
        }
    }

    #[test]
    fn interning_is_idempotent() {
        let mut t = QstrTable::new();
        let a = t.intern("spam");
        let b = t.intern("spam");
        assert_eq!(a, b);
        assert_eq!(t.text(a), "spam");
        assert_ne!(t.intern("eggs"), a);
    }
}
