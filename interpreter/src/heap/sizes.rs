//! What each kind of object costs, pinned: a heap slot (`Obj`) plus what the slot owns, as
//! `Obj::size` charges it to the heap budget. A change that grows an object fails here
//! first, on the host (64-bit, by a test) and on the board's Cortex-M4F (32-bit, at compile
//! time when the core is built for `thumbv7em-none-eabihf`).
//!
//! | object                         | 64-bit | thumbv7em |
//! |--------------------------------|-------:|----------:|
//! | a slot (`Obj`)                 |     32 |        24 |
//! | an instance, no attributes yet |     32 |        48 |
//! | a short heap str (`'abc'`)     |     35 |        27 |
//! | a list of three items          |     56 |        48 |
//! | an empty dict                  |    120 |        72 |
//! | a bound method                 |     32 |        24 |
//!
//! A dict carries its kind (a `collections` dict type's tag, in what was padding) and a
//! pointer to a defaultdict's factory (boxed, so other dicts pay only the pointer).
//!
//! A heap str lives in its slot (its text is its one allocation, charged at its length).
//! On 64-bit targets an instance lives in its slot (its three words fit beside the tag);
//! on the board it is boxed, since that would grow every slot by a third.
//!
//! Interned strings (identifiers, one-character strings, literals) and small ints are
//! immediates: they cost no heap at all. A method call through `LOAD_METHOD` makes no bound
//! method.

#[cfg(target_pointer_width = "32")]
const _: () = {
    use core::mem::size_of;
    assert!(size_of::<super::Obj>() == 24);
    assert!(size_of::<super::Instance>() == 24);
    assert!(size_of::<super::StrObj>() == 16);
    assert!(size_of::<crate::types::dict::Dict>() == 48);
};

#[cfg(all(test, target_pointer_width = "64"))]
mod tests {
    use alloc::boxed::Box;
    use alloc::string::String;

    use super::super::{Instance, Obj, StrObj};
    use crate::types::dict::Dict;
    use crate::value::Value;

    #[test]
    fn object_sizes_are_pinned() {
        let instance = Obj::Instance(crate::heap::instance_slot(Instance {
            class: Value::NONE,
            dict: Value::UNBOUND,
            base: Value::UNBOUND,
        }));
        let text = Obj::Str(StrObj::new(String::from("abc")));
        let list = Obj::List(alloc::vec![Value::NONE; 3]);
        let dict = Obj::Dict(Box::new(Dict::new()));
        let bound = Obj::BoundMethod {
            func: Value::NONE,
            receiver: Value::NONE,
        };
        assert_eq!(core::mem::size_of::<Obj>(), 32);
        assert_eq!(instance.size(), 32);
        assert_eq!(text.size(), 35);
        assert_eq!(list.size(), 56);
        assert_eq!(dict.size(), 120);
        assert_eq!(bound.size(), 32);
    }
}
