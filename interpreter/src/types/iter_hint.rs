//! `__length_hint__` of the builtin iterators over sequences, ranges and dicts: how many
//! items are still to come, read from the iterator's position without advancing it.
//!
//! A set's and a reversed dict's iterator hold a slot position among free slots, so their
//! count is the live entries on the far side of it, counted; as in CPython it is 0 once the
//! container has changed size.

use crate::builtins::Kw;
use crate::heap::{IterObj, Obj};
use crate::types::TypeId;
use crate::types::slots::method_arity;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Whether iterators of type `t` have `__length_hint__`.
pub(crate) fn has_length_hint(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::ListIterator
            | TypeId::TupleIterator
            | TypeId::StrIterator
            | TypeId::StrAsciiIterator
            | TypeId::BytesIterator
            | TypeId::ByteArrayIterator
            | TypeId::RangeIterator
            | TypeId::LongRangeIterator
            | TypeId::ListReverseIterator
            | TypeId::Reversed
            | TypeId::DictKeyIterator
            | TypeId::DictValueIterator
            | TypeId::DictItemIterator
            | TypeId::SetIterator
            | TypeId::DictReverseKeyIterator
            | TypeId::DictReverseValueIterator
            | TypeId::DictReverseItemIterator
            | TypeId::DequeIterator
            | TypeId::DequeReverseIterator
    )
}

pub(crate) fn length_hint(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let owner = args.first().map(|&a| vm.type_id_of(a).short_name());
    method_arity(vm, args, owner.unwrap_or("iterator"), "__length_hint__", 0)?;
    let it = args[0];
    let Some(Obj::Iter(state)) = vm.heap.get(it) else {
        return Err(vm.type_error("descriptor '__length_hint__' needs an iterator"));
    };
    let left: i128 = match **state {
        // An exhausted iterator's position is past any length.
        IterObj::Seq { seq, pos } => {
            if let Some(text) = vm.str_text(seq) {
                text.get(pos..).map_or(0, |rest| rest.chars().count()) as i128
            } else {
                let len = match vm.heap.get(seq) {
                    Some(Obj::List(items)) => items.len(),
                    Some(Obj::Tuple(items)) => items.len(),
                    _ => vm.buffer_of(seq).map_or(0, |b| b.len()),
                };
                len.saturating_sub(pos) as i128
            }
        }
        IterObj::Range { next, stop, step } => {
            if step > 0 && next < stop {
                (stop - next + step - 1) / step
            } else if step < 0 && next > stop {
                (next - stop - step - 1) / -step
            } else {
                0
            }
        }
        IterObj::Reversed { left, .. } => left as i128,
        IterObj::Unpack { st, buf, pos } => vm.unpack_iter_left(st, buf, pos) as i128,
        IterObj::Dict { left, .. } | IterObj::Deque { left, .. } => left as i128,
        IterObj::Set { set, pos, len } => match vm.heap.get(set) {
            Some(Obj::Set(s)) if s.table.len() == len => {
                let mut left = 0;
                let mut at = pos;
                while let Some((i, _)) = s.table.next_from(at) {
                    left += 1;
                    at = i + 1;
                }
                left
            }
            _ => 0,
        },
        IterObj::DictReversed { dict, pos, len, .. } => match vm.heap.get(dict) {
            Some(Obj::Dict(d)) if d.len() == len => {
                let mut left = 0;
                let mut at = pos;
                while let Some((i, _)) = d.prev_before(at) {
                    left += 1;
                    at = i;
                }
                left
            }
            _ => 0,
        },
        _ => return Err(vm.type_error("this iterator has no length hint")),
    };
    vm.new_i128(left)
}
