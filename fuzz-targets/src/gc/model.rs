//! The gc target's model of the heap: a shadow of every live object (its kind, the values it
//! refers to in the order `Obj::trace` reports them, and its payload), kept up to date by the
//! driver as it allocates and mutates, and compared with the real heap after every collection.
//!
//! Reachability is computed here from the shadows alone, never with the heap's own tracing,
//! so a collector that frees a reachable object, keeps an unreachable one, or traces the
//! wrong children disagrees with the model.

use std::collections::{BTreeMap, BTreeSet};

use num_bigint::BigInt;
use upy::Value;
use upy::heap::{Heap, Obj};

/// Every kind of heap object. The match in [`kind_of`] is exhaustive on purpose: a new kind
/// of object in the core fails to compile here until the gc target learns to make it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Str,
    BigInt,
    Float,
    List,
    Tuple,
    Dict,
    Range,
    Function,
    BoundMethod,
    Cell,
    Exception,
    Iter,
    DictView,
    Slice,
    Code,
    Class,
    Instance,
    Descr,
    Generator,
    Set,
    Bytes,
    MemoryView,
    Complex,
    Traceback,
    SlotValues,
    Module,
    Struct,
    Array,
    Stream,
    Deque,
    Hash,
}

/// The kind of a live object; `None` for a free slot.
pub fn kind_of(obj: &Obj) -> Option<Kind> {
    Some(match obj {
        Obj::Free { .. } => return None,
        Obj::Str(_) => Kind::Str,
        Obj::BigInt(_) => Kind::BigInt,
        Obj::Float(_) => Kind::Float,
        Obj::List(_) => Kind::List,
        Obj::Tuple(_) => Kind::Tuple,
        Obj::Dict(_) => Kind::Dict,
        Obj::Range(_) => Kind::Range,
        Obj::Function(_) => Kind::Function,
        Obj::BoundMethod { .. } => Kind::BoundMethod,
        Obj::Cell(_) => Kind::Cell,
        Obj::Exception(_) => Kind::Exception,
        Obj::Iter(_) => Kind::Iter,
        Obj::DictView { .. } => Kind::DictView,
        Obj::Slice(_) => Kind::Slice,
        Obj::Code(_) => Kind::Code,
        Obj::Class(_) => Kind::Class,
        Obj::Instance(_) => Kind::Instance,
        Obj::Descr(_) => Kind::Descr,
        Obj::Generator(_) => Kind::Generator,
        Obj::Set(_) => Kind::Set,
        Obj::Bytes(_) | Obj::ByteArray(_) => Kind::Bytes,
        Obj::MemoryView(_) => Kind::MemoryView,
        Obj::Complex(_) => Kind::Complex,
        Obj::Traceback(_) => Kind::Traceback,
        Obj::SlotValues(_) => Kind::SlotValues,
        Obj::Module { .. } => Kind::Module,
        Obj::Struct(_) => Kind::Struct,
        Obj::Array(_) => Kind::Array,
        Obj::Stream(_) => Kind::Stream,
        Obj::Deque(_) => Kind::Deque,
        Obj::Hash(_) => Kind::Hash,
    })
}

/// What the model knows of one object.
#[derive(Debug)]
pub struct Shadow {
    pub kind: Kind,
    /// The values the object refers to, in `Obj::trace` order.
    pub children: Vec<Value>,
    pub payload: Payload,
}

/// The parts of an object that are not references, checked after each collection.
#[derive(Debug)]
pub enum Payload {
    None,
    Float(u64),
    Str(String),
    BigInt(BigInt),
    Range(i128, i128, i128),
    /// A dict's entries `(hash, key, value)` in insertion order.
    Dict(Vec<(u64, Value, Value)>),
    /// A code object's nesting depth (its nested codes are one shallower).
    Code(u32),
}

impl Shadow {
    pub fn new(kind: Kind, children: Vec<Value>) -> Shadow {
        Shadow {
            kind,
            children,
            payload: Payload::None,
        }
    }

    pub fn with(mut self, payload: Payload) -> Shadow {
        self.payload = payload;
        self
    }

    /// Recomputes a dict's children from its entries.
    pub fn sync_dict(&mut self) {
        if let Payload::Dict(entries) = &self.payload {
            self.children = entries.iter().flat_map(|&(_, k, v)| [k, v]).collect();
        }
    }
}

/// The shadows of the live objects, by slot index.
#[derive(Default)]
pub struct Model {
    pub objects: BTreeMap<u32, Shadow>,
}

impl Model {
    /// The slots reachable from `roots`, following the shadows' children.
    pub fn reachable(&self, roots: &[Value]) -> BTreeSet<u32> {
        let mut seen = BTreeSet::new();
        let mut work: Vec<Value> = roots.to_vec();
        while let Some(v) = work.pop() {
            let Some(h) = v.as_handle() else { continue };
            let shadow = self
                .objects
                .get(&h)
                .unwrap_or_else(|| panic!("the model holds handle {h} of no object it made"));
            if seen.insert(h) {
                work.extend_from_slice(&shadow.children);
            }
        }
        seen
    }

    /// Compares the heap, right after a collection from `roots`, with the model, and drops
    /// the shadows of the objects the collection freed. Panics on any disagreement.
    pub fn verify_after_collection(&mut self, heap: &Heap, roots: &[Value]) {
        if let Err(broken) = heap.check(roots) {
            panic!("Heap::check failed: {broken}");
        }
        let reachable = self.reachable(roots);
        let mut bytes = 0;
        for (&h, shadow) in &self.objects {
            let obj = heap
                .get(Value::handle(h))
                .unwrap_or_else(|| panic!("slot {h} vanished from the heap"));
            if !reachable.contains(&h) {
                assert!(
                    kind_of(obj).is_none(),
                    "unreachable {:?} in slot {h} survived the collection",
                    shadow.kind
                );
                continue;
            }
            assert_eq!(
                kind_of(obj),
                Some(shadow.kind),
                "reachable slot {h} holds the wrong kind (freed and reused?)"
            );
            let mut traced = Vec::new();
            obj.trace(|v| traced.push(v));
            assert_eq!(
                traced, shadow.children,
                "slot {h} traces the wrong children"
            );
            check_payload(h, obj, &shadow.payload);
            bytes += obj.size();
        }
        self.objects.retain(|h, _| reachable.contains(h));
        assert_eq!(
            heap.live_objects(),
            reachable.len(),
            "live object count differs from the model's reachable objects"
        );
        assert_eq!(
            heap.bytes(),
            bytes,
            "byte count differs from the sizes of the reachable objects"
        );
    }

    /// The sum of the live objects' sizes: the least the heap's byte count may say.
    pub fn bytes(&self, heap: &Heap) -> usize {
        self.objects
            .keys()
            .filter_map(|&h| heap.get(Value::handle(h)))
            .map(Obj::size)
            .sum()
    }
}

fn check_payload(h: u32, obj: &Obj, payload: &Payload) {
    let ok = match (obj, payload) {
        (Obj::Float(x), Payload::Float(bits)) => x.to_bits() == *bits,
        (Obj::Str(s), Payload::Str(text)) => {
            s.text() == text.as_str() && s.chars() == text.chars().count()
        }
        (Obj::BigInt(b), Payload::BigInt(expected)) => **b == *expected,
        (Obj::Range(r), Payload::Range(start, stop, step)) => {
            (r.start, r.stop, r.step) == (*start, *stop, *step)
        }
        (Obj::Dict(d), Payload::Dict(entries)) => {
            d.len() == entries.len()
                && d.iter()
                    .map(|e| (e.hash, e.key, e.value))
                    .eq(entries.iter().copied())
        }
        (_, Payload::None | Payload::Code(_)) => true,
        _ => false,
    };
    assert!(ok, "slot {h}: payload differs from the model's {payload:?}");
}
