//! `_hashlib.HASH`: a message digest in progress (MD5, SHA-1 or SHA-2, from `crate::digest`),
//! made by `hashlib`'s constructors, with `update`, `digest`, `hexdigest`, `copy` and the
//! read-only attributes `name`, `digest_size` and `block_size`.
//!
//! Invariant: the state never holds Python values (nothing to trace); `digest` works on a
//! copy of the state, so a hash can keep taking data after it was read.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::digest::{md5::Md5, sha1::Sha1, sha256::Sha256, sha512::Sha512};
use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The algorithms a hash object can run, by the names `hashlib` knows them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Algo {
    /// Every algorithm, in `hashlib`'s order.
    pub const ALL: [Algo; 6] = [
        Algo::Md5,
        Algo::Sha1,
        Algo::Sha224,
        Algo::Sha256,
        Algo::Sha384,
        Algo::Sha512,
    ];

    /// The lower-case name (`hash.name`, `hashlib.new`'s argument).
    pub fn name(self) -> &'static str {
        match self {
            Algo::Md5 => "md5",
            Algo::Sha1 => "sha1",
            Algo::Sha224 => "sha224",
            Algo::Sha256 => "sha256",
            Algo::Sha384 => "sha384",
            Algo::Sha512 => "sha512",
        }
    }

    /// The algorithm named `name`, in any case (`SHA256` too, as OpenSSL's names are).
    pub fn from_name(name: &str) -> Option<Algo> {
        Algo::ALL
            .into_iter()
            .find(|a| a.name().eq_ignore_ascii_case(name))
    }

    pub fn digest_size(self) -> usize {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
            Algo::Sha224 => 28,
            Algo::Sha256 => 32,
            Algo::Sha384 => 48,
            Algo::Sha512 => 64,
        }
    }

    pub fn block_size(self) -> usize {
        match self {
            Algo::Sha384 | Algo::Sha512 => 128,
            _ => 64,
        }
    }
}

/// The running state of one algorithm.
#[derive(Clone)]
enum State {
    Md5(Md5),
    Sha1(Sha1),
    Sha256(Sha256),
    Sha512(Sha512),
}

/// A hash object's payload.
#[derive(Clone)]
pub struct HashObj {
    pub algo: Algo,
    state: State,
}

impl HashObj {
    pub fn new(algo: Algo) -> HashObj {
        let state = match algo {
            Algo::Md5 => State::Md5(Md5::new()),
            Algo::Sha1 => State::Sha1(Sha1::new()),
            Algo::Sha224 => State::Sha256(Sha256::new224()),
            Algo::Sha256 => State::Sha256(Sha256::new()),
            Algo::Sha384 => State::Sha512(Sha512::new384()),
            Algo::Sha512 => State::Sha512(Sha512::new()),
        };
        HashObj { algo, state }
    }

    pub fn update(&mut self, data: &[u8]) {
        match &mut self.state {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha512(h) => h.update(data),
        }
    }

    pub fn finish(&self) -> Vec<u8> {
        match &self.state {
            State::Md5(h) => h.finish(),
            State::Sha1(h) => h.finish(),
            State::Sha256(h) => h.finish(),
            State::Sha512(h) => h.finish(),
        }
    }
}

impl Vm {
    /// A new hash object running `algo`, fed `data` (a bytes-like argument, checked with
    /// [`Vm::hash_data`]) when given.
    #[cfg(feature = "hashlib")]
    pub(crate) fn new_hash(&mut self, algo: Algo, data: Option<Value>) -> PyResult {
        let mut h = HashObj::new(algo);
        if let Some(d) = data {
            self.hash_data(d, |b| h.update(b))?;
        }
        self.alloc(Obj::Hash(alloc::boxed::Box::new(h)))
    }

    /// Calls `f` with the bytes of `data`, a contiguous bytes-like object; a str is the
    /// TypeError CPython gives for one (`Strings must be encoded before hashing`).
    pub(crate) fn hash_data(&mut self, data: Value, f: impl FnOnce(&[u8])) -> PyResult<()> {
        if self.with_buffer(data, f).is_some() {
            return Ok(());
        }
        if self.is_released_view(data) {
            return Err(self.released_error());
        }
        if self.is_strided_view(data) {
            return Err(self.not_contiguous());
        }
        let msg = if self.str_text(data).is_some() {
            "Strings must be encoded before hashing"
        } else {
            "object supporting the buffer API required"
        };
        Err(self.type_error(msg))
    }

    fn hash_obj(&self, v: Value) -> Option<&HashObj> {
        match self.heap.get(v)? {
            Obj::Hash(h) => Some(h),
            _ => None,
        }
    }

    /// `name`, `digest_size` and `block_size` of a hash object.
    pub(crate) fn hash_attr(&mut self, v: Value, name: Qstr) -> PyResult<Option<Value>> {
        let Some(algo) = self.hash_obj(v).map(|h| h.algo) else {
            return Ok(None);
        };
        Ok(match name {
            Q::name => Some(Value::qstr(self.intern(algo.name()))),
            Q::digest_size => Some(self.new_int(algo.digest_size() as i64)?),
            Q::block_size => Some(self.new_int(algo.block_size() as i64)?),
            _ => None,
        })
    }

    /// `repr` of a hash object, at display address `addr`.
    pub(crate) fn hash_repr(&self, v: Value, addr: u64) -> String {
        let name = self.hash_obj(v).map_or("?", |h| h.algo.name());
        format!("<{name} _hashlib.HASH object @ {addr:#x}>")
    }
}

/// The hash object a method was called on, checked.
fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    crate::builtins::checked_receiver(vm, args, name, "_hashlib.HASH", |vm, v| {
        matches!(vm.heap.get(v), Some(Obj::Hash(_)))
    })
}

/// A method that takes nothing after its receiver: the receiver.
fn no_more(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let h = receiver(vm, args, name)?;
    let full = format!("HASH.{name}");
    crate::modules::no_args(vm, &full, &args[1..], kw)?;
    Ok(h)
}

/// `HASH.update(data)`.
pub fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let h = receiver(vm, args, "update")?;
    let data = crate::modules::one_arg(vm, "HASH.update", &args[1..], kw)?;
    let Some(mut state) = vm.hash_obj(h).cloned() else {
        return Ok(Value::NONE);
    };
    vm.hash_data(data, |b| state.update(b))?;
    if let Some(Obj::Hash(slot)) = vm.heap.get_mut(h) {
        **slot = state;
    }
    Ok(Value::NONE)
}

/// `HASH.digest()`.
pub fn digest(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let h = no_more(vm, args, kw, "digest")?;
    let out = vm.hash_obj(h).map(HashObj::finish).unwrap_or_default();
    vm.new_bytes(out)
}

/// `HASH.hexdigest()`.
pub fn hexdigest(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let h = no_more(vm, args, kw, "hexdigest")?;
    let out = vm.hash_obj(h).map(HashObj::finish).unwrap_or_default();
    let text: String = out.iter().map(|b| format!("{b:02x}")).collect();
    vm.new_str_from(&text)
}

/// `HASH.copy()`.
pub fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let h = no_more(vm, args, kw, "copy")?;
    match vm.hash_obj(h).cloned() {
        Some(state) => vm.alloc(Obj::Hash(alloc::boxed::Box::new(state))),
        None => Ok(Value::NONE),
    }
}
