//! The `gc` target: a structured sequence of heap operations run against a bare [`Heap`],
//! with the heap compared to a model after every collection.
//!
//! The input decodes (through `arbitrary`) into a heap budget and a list of [`Op`]s: allocate
//! an object of every kind, link values into containers and unlink them, add and drop roots,
//! collect, lower the collection threshold. The driver behaves as the VM does: a new object
//! is rooted (the VM's "young" list), an allocation or a container's growth that passes the
//! threshold collects first, with the values in hand as extra roots, and growth is reported
//! with `Heap::grew`. After each collection, [`model::Model::verify_after_collection`] checks
//! `Heap::check`, that exactly the objects the model finds reachable survived, each with its
//! kind, children and payload intact (no handle dangles, no slot was reused under a live
//! reference), and that the byte count is exact. Between collections the byte count must
//! never fall below the live objects' sizes.

mod model;

use std::rc::Rc;

use arbitrary::{Arbitrary, Unstructured};
use num_bigint::BigInt;
use upy::Value;
use upy::bytecode::Code;
use upy::heap::{
    ClassObj, Descr, DictViewKind, ExcObj, Function, GenObj, GenState, Heap, Instance, IterObj,
    Obj, RangeObj, StrObj,
};
use upy::heap::{TracebackEntry, TracebackObj};
use upy::qstr::Qstr;
use upy::types::dict::Dict;

use model::{Kind, Model, Payload, Shadow, kind_of};

/// Code objects nest at most this deep (the compiler bounds nesting in real programs, and
/// tracing a code object recurses into its nested ones).
const MAX_CODE_DEPTH: u32 = 32;

/// The bytes a container's growth reserves before it grows, as the VM's `reserve_bytes`.
const RESERVE: usize = 16;

/// A value an operation refers to: a live object (the n-th, modulo their number) or an
/// immediate.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Val {
    Obj(u16),
    Small(i32),
    None,
    True,
    Qstr(u8),
}

/// One step of the gc target. Objects an operation changes are picked by kind: the n-th live
/// list, modulo the number of live lists (no list: nothing happens).
#[derive(Arbitrary, Debug)]
pub enum Op {
    Float(f64),
    Str {
        len: u8,
        ch: char,
        hashed: bool,
    },
    BigInt {
        low: u64,
        shift: u8,
        negative: bool,
    },
    List(Vec<Val>),
    Tuple(Vec<Val>),
    Dict(Vec<(u8, Val, Val)>),
    Range(i64, i64, i64),
    Code {
        consts: Vec<Val>,
        nested: Vec<u16>,
    },
    Function {
        code: u16,
        globals: Val,
        defaults: Val,
        kwdefaults: Val,
        closure: Val,
    },
    BoundMethod(Val, Val),
    Cell(Val),
    Exception {
        typ: Val,
        args: Val,
        cause: Val,
        context: Val,
    },
    Iter(IterSpec),
    DictView(Val, u8),
    Slice(Val, Val, Val),
    /// A class with a name, bases, dict and metaclass, and up to a few MRO entries.
    Class {
        name: Val,
        bases: Val,
        dict: Val,
        meta: Val,
        mro: Vec<Val>,
    },
    Instance {
        class: Val,
        dict: Val,
        base: Val,
    },
    /// A classmethod, staticmethod, property, member descriptor or mappingproxy (by `kind`),
    /// or a super object.
    Descr(u8, Val, Val),
    /// A set of the given keys (hashed by the heap's own rule for the model: their bits).
    Set(Vec<Val>, bool),
    /// Bytes or a bytearray of the given length, and a memoryview onto one.
    Bytes(u8, bool),
    MemoryView(Val, u8, u8),
    Complex(f64, f64),
    /// A traceback link: a code object's frame at a line, and the next link.
    Traceback {
        code: u16,
        line: u32,
        next: Val,
    },
    /// A suspended generator: its code, globals, saved stack and handled exceptions, and the
    /// iterator it delegates to.
    Generator {
        code: u16,
        globals: Val,
        stack: Vec<Val>,
        handled: Vec<Val>,
        yield_from: Val,
    },
    ListPush(u16, Val),
    ListSet(u16, u16, Val),
    ListPop(u16),
    ListShrink(u16),
    DictSet {
        dict: u16,
        hash: u8,
        key: Val,
        value: Val,
    },
    DictRemove(u16, u16),
    DictClear(u16),
    CellSet(u16, Val),
    ExcLink {
        exc: u16,
        cause: Val,
        context: Val,
    },
    ExcTraceback {
        exc: u16,
        code: u16,
        line: u32,
    },
    Root(Val),
    DropRoot(u16),
    Collect,
    Threshold(u16),
    /// The slot values of an instance (`Obj::SlotValues`).
    SlotValues(Vec<Val>),
}

/// The iterator objects, one per kind of `IterObj`.
#[derive(Arbitrary, Debug)]
pub enum IterSpec {
    Seq(Val, u16),
    Range(i64, i64, i64),
    Dict(Val, u16, u8, u16),
    Enumerate(Val, Val),
    Zip(Val),
    GetItem(Val, u16),
    Map(Val, Val),
    Filter(Val, Val),
    Reversed(Val, u16),
}

/// `gc`: decodes the input and runs it.
pub fn gc(data: &[u8]) {
    run(data);
}

/// What one run did, so tests can tell that inputs reach deep.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub ops: usize,
    pub collections: usize,
    pub most_live: usize,
}

/// Decodes the input into a heap budget and operations, runs them, and says what happened.
pub fn run(data: &[u8]) -> Stats {
    let mut u = Unstructured::new(data);
    let Ok(budget) = u.arbitrary::<u8>() else {
        return Stats::default();
    };
    let mut driver = Driver::new(1024 * (1 + usize::from(budget)));
    let mut ops = 0;
    // Operations until the input runs out (no "go on?" byte between them, so every byte the
    // fuzzer mutates shapes an operation).
    while !u.is_empty() {
        let Ok(op) = u.arbitrary::<Op>() else { break };
        driver.apply(op);
        ops += 1;
    }
    let most_live = driver.most_live;
    driver.finish();
    Stats {
        ops,
        collections: driver.heap.collections(),
        most_live,
    }
}

/// The heap under test, its roots and its model.
struct Driver {
    heap: Heap,
    roots: Vec<Value>,
    model: Model,
    /// The live objects' slots in allocation order, for picking by index.
    live: Vec<u32>,
    /// The most objects alive at once.
    most_live: usize,
}

impl Driver {
    fn new(budget: usize) -> Driver {
        Driver {
            heap: Heap::new(budget),
            roots: Vec::new(),
            model: Model::default(),
            live: Vec::new(),
            most_live: 0,
        }
    }

    fn val(&self, v: Val) -> Value {
        match v {
            Val::Obj(_) if self.live.is_empty() => Value::NONE,
            Val::Obj(n) => Value::handle(self.live[usize::from(n) % self.live.len()]),
            Val::Small(i) => Value::small(i64::from(i)).unwrap_or(Value::NONE),
            Val::None => Value::NONE,
            Val::True => Value::TRUE,
            Val::Qstr(q) => Value::qstr(Qstr(u32::from(q))),
        }
    }

    fn vals(&self, vs: &[Val]) -> Vec<Value> {
        vs.iter().map(|&v| self.val(v)).collect()
    }

    /// The n-th live object of `kind`, modulo their number.
    fn pick(&self, kind: Kind, n: u16) -> Option<Value> {
        let of_kind: Vec<u32> = self
            .live
            .iter()
            .copied()
            .filter(|h| self.model.objects[h].kind == kind)
            .collect();
        (!of_kind.is_empty()).then(|| Value::handle(of_kind[usize::from(n) % of_kind.len()]))
    }

    fn code(&self, v: Value) -> Option<(Rc<Code>, u32)> {
        match (
            self.heap.get(v)?,
            &self.model.objects[&v.as_handle()?].payload,
        ) {
            (Obj::Code(code), Payload::Code(depth)) => Some((code.clone(), *depth)),
            _ => None,
        }
    }

    fn apply(&mut self, op: Op) {
        match op {
            Op::Float(x) => {
                let shadow = Shadow::new(Kind::Float, vec![]).with(Payload::Float(x.to_bits()));
                self.alloc(Obj::Float(x), shadow);
            }
            Op::Str { len, ch, hashed } => {
                let text: String = std::iter::repeat_n(ch, usize::from(len)).collect();
                let mut s = StrObj::new(text.clone());
                if hashed {
                    s.set_hash(u64::from(len).max(1));
                }
                let obj = Obj::Str(s);
                self.alloc(obj, Shadow::new(Kind::Str, vec![]).with(Payload::Str(text)));
            }
            Op::BigInt {
                low,
                shift,
                negative,
            } => {
                // Always outside the small-int range, as the core keeps them.
                let mut b = BigInt::from(low | 1 << 63) << usize::from(shift % 128);
                if negative {
                    b = -b;
                }
                let shadow = Shadow::new(Kind::BigInt, vec![]).with(Payload::BigInt(b.clone()));
                self.alloc(Obj::BigInt(Box::new(b)), shadow);
            }
            Op::List(items) => {
                let items = self.vals(&items);
                self.alloc(Obj::List(items.clone()), Shadow::new(Kind::List, items));
            }
            Op::Tuple(items) => {
                let items = self.vals(&items);
                let obj = Obj::Tuple(items.clone().into_boxed_slice());
                self.alloc(obj, Shadow::new(Kind::Tuple, items));
            }
            Op::SlotValues(items) => {
                let items = self.vals(&items);
                let obj = Obj::SlotValues(items.clone().into_boxed_slice());
                self.alloc(obj, Shadow::new(Kind::SlotValues, items));
            }
            Op::Dict(pairs) => {
                let mut dict = Dict::new();
                let mut entries: Vec<(u64, Value, Value)> = Vec::new();
                for (hash, key, value) in pairs {
                    let (hash, key, value) = (u64::from(hash), self.val(key), self.val(value));
                    if let Some(i) = dict.find(hash, |k| k == key) {
                        dict.set_value(i, value);
                        let e = entries.iter_mut().find(|e| (e.0, e.1) == (hash, key));
                        e.expect("the model has every key the dict has").2 = value;
                    } else {
                        dict.push(hash, key, value);
                        entries.push((hash, key, value));
                    }
                }
                let mut shadow = Shadow::new(Kind::Dict, vec![]).with(Payload::Dict(entries));
                shadow.sync_dict();
                self.alloc(Obj::Dict(Box::new(dict)), shadow);
            }
            Op::Range(start, stop, step) => {
                let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
                let obj = Obj::Range(Box::new(RangeObj { start, stop, step }));
                let shadow =
                    Shadow::new(Kind::Range, vec![]).with(Payload::Range(start, stop, step));
                self.alloc(obj, shadow);
            }
            Op::Code { consts, nested } => {
                let consts = self.vals(&consts);
                let mut children = consts.clone();
                let mut codes = Vec::new();
                let mut depth = 0;
                for n in nested {
                    let Some(v) = self.pick(Kind::Code, n) else {
                        break;
                    };
                    let (code, d) = self.code(v).expect("a live code object");
                    if d + 1 >= MAX_CODE_DEPTH {
                        continue;
                    }
                    depth = depth.max(d + 1);
                    children
                        .extend_from_slice(&self.model.objects[&v.as_handle().unwrap()].children);
                    codes.push(code);
                }
                let code = Rc::new(new_code(consts, codes));
                let shadow = Shadow::new(Kind::Code, children).with(Payload::Code(depth));
                self.alloc(Obj::Code(code), shadow);
            }
            Op::Function {
                code,
                globals,
                defaults,
                kwdefaults,
                closure,
            } => {
                let (code, code_children) = match self.pick(Kind::Code, code) {
                    Some(v) => (
                        self.code(v).expect("a live code object").0,
                        self.model.objects[&v.as_handle().unwrap()].children.clone(),
                    ),
                    None => (Rc::new(new_code(vec![], vec![])), vec![]),
                };
                let func = Function {
                    code,
                    globals: self.val(globals),
                    defaults: self.val(defaults),
                    kwdefaults: self.val(kwdefaults),
                    closure: self.val(closure),
                    dict: Value::UNBOUND,
                    meta: Value::UNBOUND,
                };
                let mut children = vec![
                    func.globals,
                    func.defaults,
                    func.kwdefaults,
                    func.closure,
                    func.dict,
                    func.meta,
                ];
                children.extend(code_children);
                self.alloc(
                    Obj::Function(Box::new(func)),
                    Shadow::new(Kind::Function, children),
                );
            }
            Op::Bytes(len, array) => {
                let data = alloc_bytes(len);
                let obj = if array {
                    Obj::ByteArray(data)
                } else {
                    Obj::Bytes(data.into_boxed_slice())
                };
                self.alloc(obj, Shadow::new(Kind::Bytes, vec![]));
            }
            Op::Complex(re, im) => {
                self.alloc(Obj::Complex([re, im]), Shadow::new(Kind::Complex, vec![]));
            }
            Op::MemoryView(obj, start, len) => {
                let obj = self.val(obj);
                let view = upy::types::memview::MemView {
                    obj,
                    start: usize::from(start),
                    len: usize::from(len),
                    step: 1,
                    readonly: true,
                    fmt: b'B',
                    at: false,
                    released: false,
                };
                self.alloc(
                    Obj::MemoryView(Box::new(view)),
                    Shadow::new(Kind::MemoryView, vec![obj]),
                );
            }
            Op::Set(keys, frozen) => {
                let keys: Vec<Value> = keys.into_iter().take(32).map(|v| self.val(v)).collect();
                let mut table = upy::types::set::SetTable::new();
                let mut children = Vec::new();
                for k in keys {
                    // Keys are told apart by identity here; the table only needs a hash.
                    if let upy::types::set::Probe::Absent(slot) =
                        table.find(k.raw(), k, &[], |_| Some(false))
                    {
                        table.insert_at(slot, k.raw(), k);
                    }
                }
                children.extend(table.iter().map(|e| e.key));
                let set = upy::types::setobj::SetObj { table, frozen };
                self.alloc(Obj::Set(Box::new(set)), Shadow::new(Kind::Set, children));
            }
            Op::Generator {
                code,
                globals,
                stack,
                handled,
                yield_from,
            } => {
                let (code, code_children) = match self.pick(Kind::Code, code) {
                    Some(v) => (
                        self.code(v).expect("a live code object").0,
                        self.model.objects[&v.as_handle().unwrap()].children.clone(),
                    ),
                    None => (Rc::new(new_code(vec![], vec![])), vec![]),
                };
                let (globals, yield_from) = (self.val(globals), self.val(yield_from));
                let stack: Vec<Value> = stack.into_iter().take(16).map(|v| self.val(v)).collect();
                let handled: Vec<Value> =
                    handled.into_iter().take(4).map(|v| self.val(v)).collect();
                let mut children = vec![globals, yield_from];
                children.extend_from_slice(&stack);
                children.extend_from_slice(&handled);
                children.extend(code_children);
                let generator = GenObj {
                    name: code.name,
                    qualname: code.qualname,
                    code,
                    globals,
                    state: GenState::Suspended,
                    ip: 0,
                    stack,
                    blocks: Vec::new(),
                    handled,
                    yield_from,
                };
                self.alloc(
                    Obj::Generator(Box::new(generator)),
                    Shadow::new(Kind::Generator, children),
                );
            }
            Op::BoundMethod(func, receiver) => {
                let (func, receiver) = (self.val(func), self.val(receiver));
                let shadow = Shadow::new(Kind::BoundMethod, vec![func, receiver]);
                self.alloc(Obj::BoundMethod { func, receiver }, shadow);
            }
            Op::Cell(v) => {
                let v = self.val(v);
                self.alloc(Obj::Cell(v), Shadow::new(Kind::Cell, vec![v]));
            }
            Op::Class {
                name,
                bases,
                dict,
                meta,
                mro,
            } => {
                let (name, bases, dict, meta) = (
                    self.val(name),
                    self.val(bases),
                    self.val(dict),
                    self.val(meta),
                );
                let mro: Vec<Value> = mro.into_iter().take(8).map(|v| self.val(v)).collect();
                let mut children = vec![name, name, bases, dict, meta];
                children.extend_from_slice(&mro);
                let class = ClassObj {
                    name,
                    qualname: name,
                    bases,
                    mro,
                    dict,
                    meta,
                    native: upy::types::TypeId::Object,
                    layout: Default::default(),
                };
                self.alloc(
                    Obj::Class(Box::new(class)),
                    Shadow::new(Kind::Class, children),
                );
            }
            Op::Instance { class, dict, base } => {
                let (class, dict, base) = (self.val(class), self.val(dict), self.val(base));
                let inst = Instance { class, dict, base };
                let shadow = Shadow::new(Kind::Instance, vec![class, dict, base]);
                self.alloc(Obj::Instance(upy::heap::instance_slot(inst)), shadow);
            }
            Op::Descr(kind, a, b) => {
                let (a, b) = (self.val(a), self.val(b));
                let (descr, children) = match kind % 6 {
                    0 => (Descr::ClassMethod(a), vec![a]),
                    1 => (Descr::StaticMethod(a), vec![a]),
                    2 => (Descr::Property([a, b, a, b, a]), vec![a, b, a, b, a]),
                    3 => {
                        let member = Descr::Member {
                            owner: a,
                            name: upy::qstr::Q::__name__,
                            index: 0,
                        };
                        (member, vec![a])
                    }
                    4 => (Descr::MappingProxy { mapping: a }, vec![a]),
                    _ => (Descr::Super { typ: a, obj: b }, vec![a, b]),
                };
                self.alloc(
                    Obj::Descr(Box::new(descr)),
                    Shadow::new(Kind::Descr, children),
                );
            }
            Op::Exception {
                typ,
                args,
                cause,
                context,
            } => {
                let exc = ExcObj {
                    typ: self.val(typ),
                    args: self.val(args),
                    traceback: Vec::new(),
                    cause: self.val(cause),
                    context: self.val(context),
                    suppress_context: false,
                    dict: Value::UNBOUND,
                    tb_head: Value::UNBOUND,
                    tb_links: 0,
                    slots: self.val(cause),
                    group: self.val(args),
                };
                let children = vec![
                    exc.typ,
                    exc.args,
                    exc.cause,
                    exc.context,
                    exc.dict,
                    exc.tb_head,
                    exc.slots,
                    exc.group,
                ];
                self.alloc(
                    Obj::Exception(Box::new(exc)),
                    Shadow::new(Kind::Exception, children),
                );
            }
            Op::Iter(spec) => {
                let (it, children) = match spec {
                    IterSpec::Seq(seq, pos) => {
                        let seq = self.val(seq);
                        let pos = usize::from(pos);
                        (IterObj::Seq { seq, pos }, vec![seq])
                    }
                    IterSpec::Range(next, stop, step) => {
                        let (next, stop, step) =
                            (i128::from(next), i128::from(stop), i128::from(step));
                        (IterObj::Range { next, stop, step }, vec![])
                    }
                    IterSpec::Dict(dict, pos, kind, len) => {
                        let dict = self.val(dict);
                        let (pos, len, kind) =
                            (usize::from(pos), usize::from(len), view_kind(kind));
                        (
                            IterObj::Dict {
                                dict,
                                pos,
                                kind,
                                len,
                                left: len,
                                version: 0,
                            },
                            vec![dict],
                        )
                    }
                    IterSpec::Enumerate(it, count) => {
                        let (it, count) = (self.val(it), self.val(count));
                        (IterObj::Enumerate { it, count }, vec![it, count])
                    }
                    IterSpec::Zip(iters) => {
                        let iters = self.val(iters);
                        (IterObj::Zip { iters }, vec![iters])
                    }
                    IterSpec::GetItem(obj, index) => {
                        let obj = self.val(obj);
                        let index = usize::from(index);
                        (IterObj::GetItem { obj, index }, vec![obj])
                    }
                    IterSpec::Map(func, iters) => {
                        let (func, iters) = (self.val(func), self.val(iters));
                        (IterObj::Map { func, iters }, vec![func, iters])
                    }
                    IterSpec::Filter(func, it) => {
                        let (func, it) = (self.val(func), self.val(it));
                        (IterObj::Filter { func, it }, vec![func, it])
                    }
                    IterSpec::Reversed(seq, left) => {
                        let seq = self.val(seq);
                        let left = usize::from(left);
                        (IterObj::Reversed { seq, left }, vec![seq])
                    }
                };
                self.alloc(Obj::Iter(Box::new(it)), Shadow::new(Kind::Iter, children));
            }
            Op::DictView(dict, kind) => {
                let dict = self.val(dict);
                let obj = Obj::DictView {
                    dict,
                    kind: view_kind(kind),
                };
                self.alloc(obj, Shadow::new(Kind::DictView, vec![dict]));
            }
            Op::Slice(a, b, c) => {
                let parts = [self.val(a), self.val(b), self.val(c)];
                self.alloc(
                    Obj::Slice(Box::new(parts)),
                    Shadow::new(Kind::Slice, parts.to_vec()),
                );
            }
            Op::ListPush(list, item) => {
                let item = self.val(item);
                self.grow(Kind::List, list, &[item], |obj, shadow| {
                    let Obj::List(items) = obj else {
                        unreachable!()
                    };
                    items.push(item);
                    shadow.children.push(item);
                });
            }
            Op::ListSet(list, index, item) => {
                let item = self.val(item);
                self.mutate(Kind::List, list, |obj, shadow| {
                    let Obj::List(items) = obj else {
                        unreachable!()
                    };
                    if !items.is_empty() {
                        let i = usize::from(index) % items.len();
                        items[i] = item;
                        shadow.children[i] = item;
                    }
                });
            }
            Op::ListPop(list) => self.mutate(Kind::List, list, |obj, shadow| {
                let Obj::List(items) = obj else {
                    unreachable!()
                };
                assert_eq!(items.pop(), shadow.children.pop());
            }),
            Op::ListShrink(list) => self.mutate(Kind::List, list, |obj, _| {
                let Obj::List(items) = obj else {
                    unreachable!()
                };
                items.shrink_to_fit();
            }),
            Op::DictSet {
                dict,
                hash,
                key,
                value,
            } => {
                let (hash, key, value) = (u64::from(hash), self.val(key), self.val(value));
                self.grow(Kind::Dict, dict, &[key, value], |obj, shadow| {
                    let Obj::Dict(d) = obj else { unreachable!() };
                    let Payload::Dict(entries) = &mut shadow.payload else {
                        unreachable!()
                    };
                    if let Some(i) = d.find(hash, |k| k == key) {
                        d.set_value(i, value);
                        let e = entries.iter_mut().find(|e| (e.0, e.1) == (hash, key));
                        e.expect("the model has every key the dict has").2 = value;
                    } else {
                        let before = d.heap_bytes();
                        let reported = d.push(hash, key, value);
                        assert_eq!(
                            reported,
                            d.heap_bytes().saturating_sub(before),
                            "Dict::push misreports its growth"
                        );
                        entries.push((hash, key, value));
                    }
                    shadow.sync_dict();
                });
            }
            Op::DictRemove(dict, n) => self.mutate(Kind::Dict, dict, |obj, shadow| {
                let Obj::Dict(d) = obj else { unreachable!() };
                let Payload::Dict(entries) = &mut shadow.payload else {
                    unreachable!()
                };
                if entries.is_empty() {
                    return;
                }
                let (hash, key, value) = entries.remove(usize::from(n) % entries.len());
                let i = d
                    .find(hash, |k| k == key)
                    .expect("a key the model holds is missing");
                assert_eq!(d.remove(i), Some((key, value)));
                shadow.sync_dict();
            }),
            Op::DictClear(dict) => self.mutate(Kind::Dict, dict, |obj, shadow| {
                let Obj::Dict(d) = obj else { unreachable!() };
                d.clear();
                shadow.payload = Payload::Dict(Vec::new());
                shadow.sync_dict();
            }),
            Op::CellSet(cell, v) => {
                let v = self.val(v);
                self.mutate(Kind::Cell, cell, |obj, shadow| {
                    let Obj::Cell(slot) = obj else { unreachable!() };
                    *slot = v;
                    shadow.children = vec![v];
                });
            }
            Op::ExcLink {
                exc,
                cause,
                context,
            } => {
                let (cause, context) = (self.val(cause), self.val(context));
                self.mutate(Kind::Exception, exc, |obj, shadow| {
                    let Obj::Exception(e) = obj else {
                        unreachable!()
                    };
                    e.cause = cause;
                    e.context = context;
                    shadow.children[2] = cause;
                    shadow.children[3] = context;
                });
            }
            Op::Traceback { code, line, next } => {
                let Some(code) = self.pick(Kind::Code, code) else {
                    return;
                };
                let mut children = vec![self.val(next)];
                children.extend(
                    self.model.objects[&code.as_handle().unwrap()]
                        .children
                        .iter()
                        .copied(),
                );
                let (code, _) = self.code(code).expect("a live code object");
                let tb = TracebackObj {
                    entry: TracebackEntry { code, line },
                    next: children[0],
                };
                self.alloc(
                    Obj::Traceback(Box::new(tb)),
                    Shadow::new(Kind::Traceback, children),
                );
            }
            Op::ExcTraceback { exc, code, line } => {
                let Some(code) = self.pick(Kind::Code, code) else {
                    return;
                };
                let code_children = self.model.objects[&code.as_handle().unwrap()]
                    .children
                    .clone();
                let (code, _) = self.code(code).expect("a live code object");
                self.grow(
                    Kind::Exception,
                    exc,
                    &code_children.clone(),
                    |obj, shadow| {
                        let Obj::Exception(e) = obj else {
                            unreachable!()
                        };
                        e.traceback.push(TracebackEntry { code, line });
                        shadow.children.extend(code_children);
                    },
                );
            }
            Op::Root(v) => {
                let v = self.val(v);
                self.roots.push(v);
            }
            Op::DropRoot(n) => {
                if !self.roots.is_empty() {
                    let i = usize::from(n) % self.roots.len();
                    self.roots.swap_remove(i);
                }
            }
            Op::Collect => self.collect(&[]),
            Op::Threshold(t) => self.heap.set_threshold(usize::from(t) * 16),
        }
    }

    /// Allocates `obj` as the VM does: collect first if the threshold is passed (its
    /// children, which it holds, are roots meanwhile), give up if it does not fit, and keep
    /// the new object rooted.
    fn alloc(&mut self, obj: Obj, shadow: Shadow) {
        let size = obj.size();
        if self.heap.wants_collection(size) {
            self.collect(&shadow.children);
            if !self.heap.fits(size) {
                return;
            }
        }
        let v = self.heap.insert(obj);
        let h = v.as_handle().expect("insert returns a handle");
        assert!(
            self.model.objects.insert(h, shadow).is_none(),
            "insert reused slot {h} of a live object"
        );
        self.live.push(h);
        self.most_live = self.most_live.max(self.live.len());
        self.roots.push(v);
    }

    /// Changes the n-th live object of `kind` without growing it.
    fn mutate(&mut self, kind: Kind, n: u16, f: impl FnOnce(&mut Obj, &mut Shadow)) {
        let Some(v) = self.pick(kind, n) else { return };
        let h = v.as_handle().expect("a handle");
        let obj = self.heap.get_mut(v).expect("a live slot");
        let shadow = self.model.objects.get_mut(&h).expect("a shadow");
        f(obj, shadow);
    }

    /// Grows the n-th live object of `kind`: reserve as the VM does (collecting with the
    /// object and `extra` in hand), change it, and report the growth.
    fn grow(&mut self, kind: Kind, n: u16, extra: &[Value], f: impl FnOnce(&mut Obj, &mut Shadow)) {
        let Some(v) = self.pick(kind, n) else { return };
        if self.heap.wants_collection(RESERVE) {
            let mut held = extra.to_vec();
            held.push(v);
            self.collect(&held);
            if !self.heap.fits(RESERVE) {
                return;
            }
        }
        let h = v.as_handle().expect("a handle");
        let obj = self.heap.get_mut(v).expect("a live slot");
        assert_eq!(kind_of(obj), Some(kind), "a held object was freed");
        let before = obj.size();
        f(obj, self.model.objects.get_mut(&h).expect("a shadow"));
        let after = obj.size();
        self.heap.grew(after.saturating_sub(before));
    }

    /// Collects from the roots plus `held`, and checks the heap against the model.
    fn collect(&mut self, held: &[Value]) {
        let least = self.model.bytes(&self.heap);
        assert!(
            self.heap.bytes() >= least,
            "byte count {} below the live objects' {least}",
            self.heap.bytes()
        );
        let mut roots = self.roots.clone();
        roots.extend_from_slice(held);
        self.heap.collect(roots.iter().copied());
        self.model.verify_after_collection(&self.heap, &roots);
        let objects = &self.model.objects;
        self.live.retain(|h| objects.contains_key(h));
    }

    /// A last collection with the roots, then one without: everything must go.
    fn finish(&mut self) {
        self.collect(&[]);
        self.roots.clear();
        self.collect(&[]);
        assert_eq!(self.heap.live_objects(), 0);
        assert_eq!(self.heap.bytes(), 0);
    }
}

fn alloc_bytes(len: u8) -> Vec<u8> {
    (0..len).collect()
}

fn view_kind(k: u8) -> DictViewKind {
    match k % 3 {
        0 => DictViewKind::Keys,
        1 => DictViewKind::Values,
        _ => DictViewKind::Items,
    }
}

/// A code object with the given constants and nested codes and no instructions (the gc
/// target never runs code; only what it refers to matters).
fn new_code(consts: Vec<Value>, codes: Vec<Rc<Code>>) -> Code {
    Code {
        name: Qstr(0),
        qualname: Qstr(0),
        filename: Qstr(0),
        ops: upy::bytecode::Ops::Static(&[]),
        consts: consts.into_boxed_slice(),
        codes: codes.into_boxed_slice(),
        names: Box::new([]),
        varnames: Box::new([]),
        argcount: 0,
        posonlycount: 0,
        kwonlycount: 0,
        nlocals: 0,
        cellslots: Box::new([]),
        freestart: 0,
        flags: 0,
        stacksize: 0,
        lines: Box::new([]),
        firstline: 0,
        doc: Value::NONE,
        sites: upy::vm::sites::Sites::new(0),
    }
}
