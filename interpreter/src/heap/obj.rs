//! `Obj`: the payload of every heap slot, one variant per kind of heap object.
//!
//! Big or rare payloads are boxed so that a slot stays small (a unit test pins its size).
//! `trace` lists the `Value`s an object refers to; the collector follows exactly those.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;

use crate::bytecode::Code;
use crate::types::dict::Dict;
use crate::value::Value;

pub enum Obj {
    /// A free slot; `next` links the free list (`u32::MAX` ends it).
    Free {
        next: u32,
    },
    /// A str made at run time, in the slot itself (only its text is allocated).
    Str(StrObj),
    /// An int outside the small range (never one that fits).
    BigInt(Box<BigInt>),
    Float(f64),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(Box<Dict>),
    Range(Box<RangeObj>),
    Function(Box<Function>),
    /// A callable bound to its first argument: `[].append`.
    BoundMethod {
        func: Value,
        receiver: Value,
    },
    /// A variable captured by a closure.
    Cell(Value),
    Exception(Box<ExcObj>),
    Iter(Box<IterObj>),
    /// `d.keys()`, `d.values()`, `d.items()`.
    DictView {
        dict: Value,
        kind: DictViewKind,
    },
    Slice(Box<[Value; 3]>),
    /// A code object, reachable from functions and frames (kept alive for tracebacks).
    Code(Rc<Code>),
    /// One link of an exception's `__traceback__` chain (made when a program asks for it).
    Traceback(Box<TracebackObj>),
    /// A class made by a `class` statement or `type(name, bases, dict)`.
    Class(Box<ClassObj>),
    /// An instance of a user class: in the slot itself where it fits (64-bit), else boxed.
    Instance(InstanceSlot),
    /// `classmethod(f)`, `staticmethod(f)`, `property(...)`, `super(...)`.
    Descr(Box<Descr>),
    /// A generator or coroutine: a suspended frame.
    Generator(Box<GenObj>),
    /// A `set` or `frozenset`.
    Set(Box<crate::types::setobj::SetObj>),
    /// A complex number: real and imaginary parts.
    Complex([f64; 2]),
    Bytes(Box<[u8]>),
    ByteArray(Vec<u8>),
    MemoryView(Box<crate::types::memview::MemView>),
    /// The `__slots__` values of an instance or exception (`types::member`): entry 0 holds
    /// what the instance's `base` held before, then one entry per slot, `UNBOUND` while
    /// unset. Reachable only from its owner; never a Python value.
    SlotValues(Box<[Value]>),
    /// A module: its namespace dict, and the number of the native module it was made from
    /// (`modules::ModuleDef`), if any.
    Module {
        dict: Value,
        native: Option<u16>,
    },
    /// A `struct.Struct`: a parsed format (`types::structobj`).
    Struct(Box<crate::types::structobj::StructObj>),
    /// An `array.array`: a typecode and its items as bytes (`types::array`).
    Array(Box<crate::types::array::ArrayObj>),
    /// A stream of `io`: a StringIO, BytesIO, file or standard stream (`types::stream`).
    Stream(Box<crate::types::stream::Stream>),
    /// A `collections.deque` (`types::deque`).
    Deque(Box<crate::types::deque::Deque>),
    /// A `hashlib` hash object: a digest in progress (`types::hashobj`).
    Hash(Box<crate::types::hashobj::HashObj>),
}

/// Where a generator is in its life.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Made, not started: its frame holds only the arguments.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Its frame is on the VM's frame stack.
    Running,
    /// Returned or raised: it yields nothing more.
    Done,
}

/// A generator's frame while it is not running, relative to itself: `stack` is its locals
/// and value stack (slot 0 first), `blocks` its handler blocks as `(handler, sp)` with `sp`
/// relative to slot 0, `handled` the exceptions it was handling.
pub struct GenObj {
    pub code: Rc<Code>,
    pub globals: Value,
    pub state: GenState,
    /// Where it resumes.
    pub ip: u32,
    pub stack: Vec<Value>,
    pub blocks: Vec<(u32, u32)>,
    pub handled: Vec<Value>,
    /// The iterator a `yield from` (or `await`) in it delegates to, else `UNBOUND`.
    pub yield_from: Value,
    /// `__name__` and `__qualname__`: the code's until a program assigns them.
    pub name: crate::qstr::Qstr,
    pub qualname: crate::qstr::Qstr,
}

/// A heap type object. Its own attributes live in `dict`; lookups walk `mro`.
pub struct ClassObj {
    pub name: Value,
    pub qualname: Value,
    /// The direct bases, a tuple of types.
    pub bases: Value,
    /// The method resolution order (C3), starting with the class itself.
    pub mro: Vec<Value>,
    /// The class namespace, a dict.
    pub dict: Value,
    /// The metaclass: `type` or a heap class deriving from it.
    pub meta: Value,
    /// The builtin type whose layout instances carry (`object`, `int`, `list`,
    /// `BaseException`, ...): the "solid base" of CPython.
    pub native: crate::types::TypeId,
    /// How its instances store attributes (`types::member`).
    pub layout: Layout,
}

/// The attribute storage of a class's instances, from `__slots__` along its MRO.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// The slot names of instances in index order, the bases' first (mangled, as in the
    /// member descriptors); a `member_descriptor` holds its index in here.
    pub slots: Box<[crate::qstr::Qstr]>,
    /// How many of `slots` the class itself adds (at the end).
    pub own: u32,
    /// Instances have no `__dict__` (every class in the MRO declares `__slots__` without
    /// `'__dict__'`).
    pub no_dict: bool,
    /// Instances can be weakly referenced (some class in the MRO has no `__slots__` or
    /// lists `'__weakref__'`); only `__slots__` checks consult it.
    pub weakref: bool,
    /// A non-empty `__abstractmethods__` was set on the class (as `abc.ABCMeta` does):
    /// instantiating it is a TypeError.
    pub abstract_: bool,
}

/// An instance of a user class: its class, its attributes, and for subclasses of builtin
/// types the builtin value it extends (`class MyInt(int)` holds an int).
pub struct Instance {
    pub class: Value,
    /// A dict of attributes (`UNBOUND` until the first one is set), or `NONE` when the
    /// class's instances have no `__dict__` (`Layout::no_dict`).
    pub dict: Value,
    /// The builtin value of a subclass of a builtin type, else `UNBOUND`; once a slot is set,
    /// an `Obj::SlotValues` holding that value first (`types::member`).
    pub base: Value,
}

/// How a slot holds an instance. On 64-bit targets an instance's three words fit in a slot
/// beside the tag, so an instance costs one slot and no allocation of its own; on 32-bit
/// targets that would grow every slot by a third, so the instance is boxed there.
#[cfg(target_pointer_width = "64")]
pub type InstanceSlot = Instance;
#[cfg(not(target_pointer_width = "64"))]
pub type InstanceSlot = Box<Instance>;

/// Puts an instance in the form its slot holds.
#[inline]
pub fn instance_slot(i: Instance) -> InstanceSlot {
    #[cfg(target_pointer_width = "64")]
    {
        i
    }
    #[cfg(not(target_pointer_width = "64"))]
    {
        Box::new(i)
    }
}

/// The small descriptor and proxy objects of the class machinery.
pub enum Descr {
    ClassMethod(Value),
    StaticMethod(Value),
    /// `fget`, `fset`, `fdel`, `doc`, and the name it was assigned to in a class body
    /// (`NONE` where absent).
    Property([Value; 5]),
    /// `super(typ, obj)`: attribute lookups start after `typ` in `type(obj)`'s MRO (or
    /// `obj`'s own MRO when `obj` is a class).
    Super {
        typ: Value,
        obj: Value,
    },
    /// A method of a builtin type read from the type (`str.upper`, `int.__add__`): the
    /// native `func`, which applies only to instances of `owner` (a builtin type).
    Method {
        owner: Value,
        func: Value,
    },
    /// `int | str`: a `UnionType` whose members are the tuple `args` (`types::union`).
    Union {
        args: Value,
    },
    /// `list[int]`: a `GenericAlias` of `origin` with the tuple `args` (`types::union`).
    Alias {
        origin: Value,
        args: Value,
    },
    /// A `member_descriptor`: slot `index` (into `Layout::slots`) of instances of `owner`,
    /// the class whose `__slots__` declared `name` (`types::member`).
    Member {
        owner: Value,
        name: crate::qstr::Qstr,
        index: u32,
    },
    /// A `mappingproxy`: a read-only view of `mapping` (`types::mappingproxy`).
    MappingProxy {
        mapping: Value,
    },
    /// A `_tuplegetter`: the field `index` of a namedtuple class, read-only
    /// (`types::namedtuple`); `doc` is its `__doc__`.
    TupleGetter {
        index: usize,
        doc: Value,
    },
}

/// A `str` built at run time (literals and identifiers are qstrs instead). Small enough to
/// sit in a heap slot beside its tag (24 bytes on 64-bit, 16 on 32-bit), so a string costs
/// one allocation: its text.
pub struct StrObj {
    text: Box<str>,
    /// The number of characters (code points), equal to `text.len()` for ASCII;
    /// `u32::MAX` when there are that many or more (then counted when asked).
    chars: u32,
    /// The hash once computed (`str_hash` never gives 0), else 0: most strings are never
    /// hashed.
    hash: u32,
}

impl StrObj {
    pub fn new(text: String) -> StrObj {
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        StrObj {
            text: text.into_boxed_str(),
            chars: u32::try_from(chars).unwrap_or(u32::MAX),
            hash: 0,
        }
    }

    #[inline]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The number of characters.
    #[inline]
    pub fn chars(&self) -> usize {
        if self.chars == u32::MAX {
            self.text.chars().count()
        } else {
            self.chars as usize
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.chars() == self.text.len()
    }

    /// The hash, if computed already.
    #[inline]
    pub fn hash(&self) -> Option<u64> {
        (self.hash != 0).then_some(u64::from(self.hash))
    }

    /// Keeps the hash `str_hash` gave (which fits in 32 bits and is never 0).
    pub fn set_hash(&mut self, h: u64) {
        self.hash = u32::try_from(h).unwrap_or(0);
    }

    /// Bytes the text takes outside the slot.
    pub fn heap_bytes(&self) -> usize {
        self.text.len()
    }
}

/// A range; bounds beyond i64 (up to i128) are allowed, as Python's are unbounded.
pub struct RangeObj {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl RangeObj {
    /// Whether two ranges hold the same items (how `==` compares ranges).
    pub fn same_items(&self, other: &RangeObj) -> bool {
        let (lx, ly) = (self.len(), other.len());
        lx == ly && (lx == 0 || (self.start == other.start && (lx == 1 || self.step == other.step)))
    }

    /// The number of items, as CPython computes it.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n.max(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub struct Function {
    pub code: Rc<Code>,
    /// The globals dict of the defining module.
    pub globals: Value,
    /// Default values for the trailing positional parameters (a tuple, or `UNBOUND`).
    pub defaults: Value,
    /// Default values of keyword-only parameters (a dict, or `UNBOUND`).
    pub kwdefaults: Value,
    /// The cells of the free variables (a tuple, or `UNBOUND`).
    pub closure: Value,
    /// The function's attribute dict (`f.calls = 0`), made on first use (`UNBOUND`).
    pub dict: Value,
    /// `__name__`, `__qualname__`, `__doc__` and `__module__` as a program reassigned them
    /// (a dict, or `UNBOUND`): they are not in `__dict__`.
    pub meta: Value,
}

pub struct ExcObj {
    /// The exception's class (a type value).
    pub typ: Value,
    /// `args`, always a tuple.
    pub args: Value,
    /// Where it was raised and every frame it passed through, innermost first.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Attributes set on the instance (a dict, or `UNBOUND` until the first).
    pub dict: Value,
    /// The `__traceback__` chain made for the first `tb_links` entries of `traceback`
    /// (`UNBOUND` until a program asks): asked again, the same objects come back, and entries
    /// added since (outer frames) are linked in front of them.
    pub tb_head: Value,
    pub tb_links: usize,
    /// The `__slots__` values of an instance of a subclass (an `Obj::SlotValues`), else
    /// `UNBOUND`.
    pub slots: Value,
    /// For a `BaseExceptionGroup`: the tuple `(message, exceptions)` fixed by `__new__`
    /// (`types::exc_group`), else `UNBOUND`.
    pub group: Value,
}

/// A traceback object: `entry`'s frame and line, and `next`, the link one frame further in
/// (None at the frame that raised).
pub struct TracebackObj {
    pub entry: TracebackEntry,
    pub next: Value,
}

#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub line: u32,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

pub enum IterObj {
    /// Over a list, tuple or str (by character index for str: `pos` is a byte offset).
    Seq {
        seq: Value,
        pos: usize,
    },
    Range {
        next: i128,
        stop: i128,
        step: i128,
    },
    /// `len` is the dict's size when iteration began: a change raises RuntimeError. `left`
    /// counts the items still to come: one more (keys replaced, size unchanged) is an error.
    /// `version` is the dict's then: an OrderedDict that changed shape raises.
    Dict {
        dict: Value,
        pos: usize,
        kind: DictViewKind,
        len: usize,
        left: usize,
        version: u32,
    },
    /// `reversed(d)` of a dict or one of its views: `pos` bounds the entries still to visit
    /// (they are below it), `len` is the dict's size when it started.
    DictReversed {
        dict: Value,
        pos: usize,
        kind: DictViewKind,
        len: usize,
        version: u32,
    },
    /// The awaitable of an async generator's `__anext__`/`asend`/`athrow`/`aclose`
    /// (`types::async_gen`): what it asks (`mode`) with `arg`, and how far it got.
    AsyncGenStep {
        agen: Value,
        arg: Value,
        mode: u8,
        state: u8,
    },
    /// `anext(it, default)` (`types::anext`): `inner` is the awaitable of
    /// `it.__anext__()` once started (`UNBOUND` before).
    AnextAwaitable {
        aiter: Value,
        inner: Value,
        default: Value,
    },
    /// `enumerate(it, start)`.
    Enumerate {
        it: Value,
        count: Value,
    },
    /// `zip(*iterables)`: a tuple of iterators.
    Zip {
        iters: Value,
    },
    /// Over an object with `__getitem__` but no `__iter__`: `obj[0]`, `obj[1]`, ... until
    /// IndexError (`index` is `usize::MAX` once exhausted).
    GetItem {
        obj: Value,
        index: usize,
    },
    /// `map(func, *iterables)`: `iters` is a tuple of iterators.
    Map {
        func: Value,
        iters: Value,
    },
    /// `filter(func, iterable)` (`func` None keeps the truthy items).
    Filter {
        func: Value,
        it: Value,
    },
    /// `reversed(seq)` over a list or tuple: `left` items remain, the next at `left - 1`.
    Reversed {
        seq: Value,
        left: usize,
    },
    /// `zip(*iterables, strict=True)`: like `Zip`, and the lengths must agree.
    StrictZip {
        iters: Value,
    },
    /// `iter(func, sentinel)`: calls `func` until it returns `sentinel` (then `func` is
    /// `UNBOUND`: exhausted).
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Over a set, by slot; `len` is its size when iteration began (a change is an error).
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    /// `Struct.iter_unpack(buf)`: the records of `buf` from byte `pos` (`usize::MAX` once
    /// exhausted), unpacked by the Struct `st` (`types::structobj`).
    Unpack {
        st: Value,
        buf: Value,
        pos: usize,
    },
    /// Over a deque (from the right end when `reversed`): `pos` items given, `left` to go;
    /// `state` is the deque's when iteration began (a change is an error).
    Deque {
        deque: Value,
        pos: usize,
        left: usize,
        state: u32,
        reversed: bool,
    },
    /// `heapq.merge(*iterables, key=, reverse=)` (`modules::heapq`): `heap` is the tuple of
    /// iterables until the first item is asked for, then a heap (a list) of
    /// `[key, order, item, iterator]` lists, smallest first (largest when `reversed`);
    /// `pending` once the top item has been given out (its iterator moves on next time).
    HeapqMerge {
        heap: Value,
        key: Value,
        reversed: bool,
        pending: bool,
    },
}

impl Obj {
    /// Calls `f` with every value this object refers to.
    pub fn trace(&self, mut f: impl FnMut(Value)) {
        match self {
            Obj::Free { .. } | Obj::Str(_) | Obj::BigInt(_) | Obj::Float(_) | Obj::Range(_) => {}
            Obj::List(items) => items.iter().copied().for_each(f),
            Obj::Tuple(items) => items.iter().copied().for_each(f),
            Obj::Dict(d) => d.trace(f),
            Obj::Function(func) => {
                f(func.globals);
                f(func.defaults);
                f(func.kwdefaults);
                f(func.closure);
                f(func.dict);
                f(func.meta);
                func.code.trace(f);
            }
            Obj::BoundMethod { func, receiver } => {
                f(*func);
                f(*receiver);
            }
            Obj::Cell(v) => f(*v),
            Obj::Exception(e) => {
                f(e.typ);
                f(e.args);
                f(e.cause);
                f(e.context);
                f(e.dict);
                f(e.tb_head);
                f(e.slots);
                f(e.group);
                for entry in &e.traceback {
                    entry.code.trace(&mut f);
                }
            }
            Obj::Iter(it) => match **it {
                IterObj::Seq { seq, .. } => f(seq),
                IterObj::Range { .. } => {}
                IterObj::Dict { dict, .. } | IterObj::DictReversed { dict, .. } => f(dict),
                IterObj::AsyncGenStep { agen, arg, .. } => {
                    f(agen);
                    f(arg);
                }
                IterObj::AnextAwaitable {
                    aiter,
                    inner,
                    default,
                } => {
                    f(aiter);
                    f(inner);
                    f(default);
                }
                IterObj::Enumerate { it, count } => {
                    f(it);
                    f(count);
                }
                IterObj::Zip { iters } => f(iters),
                IterObj::GetItem { obj, .. } => f(obj),
                IterObj::Map { func, iters } => {
                    f(func);
                    f(iters);
                }
                IterObj::Filter { func, it } => {
                    f(func);
                    f(it);
                }
                IterObj::Reversed { seq, .. } => f(seq),
                IterObj::Set { set, .. } => f(set),
                IterObj::Deque { deque, .. } => f(deque),
                IterObj::HeapqMerge { heap, key, .. } => {
                    f(heap);
                    f(key);
                }
                IterObj::StrictZip { iters } => f(iters),
                IterObj::Callable { func, sentinel } => {
                    f(func);
                    f(sentinel);
                }
                IterObj::Unpack { st, buf, .. } => {
                    f(st);
                    f(buf);
                }
            },
            Obj::DictView { dict, .. } => f(*dict),
            Obj::Slice(parts) => parts.iter().copied().for_each(f),
            Obj::Code(code) => code.trace(f),
            Obj::Traceback(tb) => {
                f(tb.next);
                tb.entry.code.trace(f);
            }
            Obj::Class(c) => {
                f(c.name);
                f(c.qualname);
                f(c.bases);
                f(c.dict);
                f(c.meta);
                c.mro.iter().copied().for_each(f);
            }
            Obj::Instance(i) => {
                f(i.class);
                f(i.dict);
                f(i.base);
            }
            Obj::Set(s) => s.table.trace(f),
            Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Complex(_) => {}
            Obj::MemoryView(m) => f(m.obj),
            Obj::SlotValues(items) => items.iter().copied().for_each(f),
            Obj::Module { dict, .. } => f(*dict),
            Obj::Struct(st) => f(st.format),
            Obj::Array(_) | Obj::Hash(_) => {}
            Obj::Stream(s) => s.trace(f),
            Obj::Deque(q) => q.items.iter().copied().for_each(f),
            Obj::Generator(g) => {
                f(g.globals);
                f(g.yield_from);
                g.stack.iter().copied().for_each(&mut f);
                g.handled.iter().copied().for_each(&mut f);
                g.code.trace(f);
            }
            Obj::Descr(d) => match **d {
                Descr::ClassMethod(v) | Descr::StaticMethod(v) => f(v),
                Descr::Property(parts) => parts.iter().copied().for_each(f),
                Descr::Super { typ, obj } => {
                    f(typ);
                    f(obj);
                }
                Descr::Method { owner, func } => {
                    f(owner);
                    f(func);
                }
                Descr::Union { args } => f(args),
                Descr::Alias { origin, args } => {
                    f(origin);
                    f(args);
                }
                Descr::Member { owner, .. } => f(owner),
                Descr::MappingProxy { mapping } => f(mapping),
                Descr::TupleGetter { doc, .. } => f(doc),
            },
        }
    }

    /// The bytes this object accounts for against the heap budget.
    /// Whether dropping the object frees memory outside its slot.
    #[inline]
    pub fn owns_memory(&self) -> bool {
        !matches!(
            self,
            Obj::Free { .. }
                | Obj::Float(_)
                | Obj::Cell(_)
                | Obj::BoundMethod { .. }
                | Obj::Module { .. }
                | Obj::DictView { .. }
                | Obj::Complex(_)
        )
    }

    pub fn size(&self) -> usize {
        use core::mem::size_of;
        let payload = match self {
            Obj::Free { .. } | Obj::Float(_) | Obj::Cell(_) | Obj::BoundMethod { .. } => 0,
            Obj::DictView { .. } | Obj::Module { .. } => 0,
            Obj::Str(s) => s.heap_bytes(),
            Obj::BigInt(b) => size_of::<BigInt>() + (b.bits() as usize).div_ceil(8),
            Obj::List(items) => items.capacity() * size_of::<Value>(),
            Obj::Tuple(items) | Obj::SlotValues(items) => items.len() * size_of::<Value>(),
            Obj::Dict(d) => size_of::<Dict>() + d.heap_bytes(),
            Obj::Range(_) => size_of::<RangeObj>(),
            Obj::Function(_) => size_of::<Function>(),
            Obj::Exception(e) => {
                size_of::<ExcObj>() + e.traceback.capacity() * size_of::<TracebackEntry>()
            }
            Obj::Iter(_) => size_of::<IterObj>(),
            Obj::Slice(_) => 3 * size_of::<Value>(),
            Obj::Code(_) => 0,
            Obj::Traceback(_) => size_of::<TracebackObj>(),
            Obj::Class(c) => {
                size_of::<ClassObj>()
                    + c.mro.capacity() * size_of::<Value>()
                    + c.layout.slots.len() * size_of::<crate::qstr::Qstr>()
            }
            // Boxed only where it does not fit in the slot (see `InstanceSlot`).
            Obj::Instance(_) if cfg!(target_pointer_width = "64") => 0,
            Obj::Instance(_) => size_of::<Instance>(),
            Obj::Descr(_) => size_of::<Descr>(),
            Obj::Set(s) => size_of::<crate::types::setobj::SetObj>() + s.table.heap_bytes(),
            Obj::Bytes(b) => b.len(),
            Obj::Complex(_) => 0,
            Obj::ByteArray(b) => b.capacity(),
            Obj::MemoryView(_) => size_of::<crate::types::memview::MemView>(),
            Obj::Struct(st) => {
                size_of::<crate::types::structobj::StructObj>()
                    + st.layout.codes.capacity() * size_of::<crate::types::struct_fmt::Code>()
            }
            Obj::Array(a) => size_of::<crate::types::array::ArrayObj>() + a.data.capacity(),
            Obj::Stream(s) => s.heap_bytes(),
            Obj::Deque(q) => size_of::<crate::types::deque::Deque>() + q.heap_bytes(),
            Obj::Hash(_) => size_of::<crate::types::hashobj::HashObj>(),
            Obj::Generator(g) => {
                size_of::<GenObj>()
                    + g.stack.capacity() * size_of::<Value>()
                    + g.blocks.capacity() * 8
                    + g.handled.capacity() * size_of::<Value>()
            }
        };
        size_of::<Obj>() + payload
    }
}
