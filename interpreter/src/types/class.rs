//! Classes: what every value's type is, heap type objects, the method resolution order,
//! lookups along it, and class creation (`__build_class__`, `type(name, bases, dict)`).
//!
//! A type is a value: a builtin type is a static entry (`Value::builtin_type`), a class made
//! by Python code is an `Obj::Class` on the heap. Both answer the same questions here: their
//! name, their MRO, and what an attribute name resolves to along it (a heap class's own
//! attributes are in its dict; a builtin type's are its method table).
//!
//! Invariants: a heap class's `mro` starts with the class itself and ends with `object`;
//! `native` is the builtin type whose layout its instances have, and every class in the MRO
//! with a layout of its own is `native` or one of its builtin bases.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::heap::{ClassObj, Descr, Obj};
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `type(v)`, for every value.
    pub(crate) fn type_of(&self, v: Value) -> Value {
        match self.heap.get(v) {
            Some(Obj::Instance(i)) => i.class,
            Some(Obj::Class(c)) => c.meta,
            Some(Obj::Exception(e)) => e.typ,
            _ => Value::builtin_type(self.type_id_of(v)),
        }
    }

    /// Whether `v` is a type (builtin or class).
    pub(crate) fn is_type(&self, v: Value) -> bool {
        v.as_builtin_type().is_some() || matches!(self.heap.get(v), Some(Obj::Class(_)))
    }

    pub(crate) fn class_ref(&self, t: Value) -> Option<&ClassObj> {
        match self.heap.get(t) {
            Some(Obj::Class(c)) => Some(c),
            _ => None,
        }
    }

    /// The builtin type whose layout instances of `t` have.
    pub(crate) fn native_type(&self, t: Value) -> TypeId {
        match t.as_builtin_type() {
            Some(id) => id,
            None => self.class_ref(t).map_or(TypeId::Object, |c| c.native),
        }
    }

    /// The name of a type.
    pub(crate) fn type_name(&self, t: Value) -> &str {
        match t.as_builtin_type() {
            Some(t) => t.name(),
            None => match self.class_ref(t) {
                Some(c) => self.str_text(c.name).unwrap_or("?"),
                None => "object",
            },
        }
    }

    /// The name of the type of `v`, for messages.
    pub(crate) fn type_name_of(&self, v: Value) -> &str {
        let t = self.type_of(v);
        self.type_name(t)
    }

    /// Calls `f` on each type of `t`'s MRO in order until it answers.
    pub(crate) fn mro_find<R>(&self, t: Value, mut f: impl FnMut(Value) -> Option<R>) -> Option<R> {
        if let Some(id) = t.as_builtin_type() {
            return id.mro().find_map(|k| f(Value::builtin_type(k)));
        }
        let c = self.class_ref(t)?;
        c.mro.iter().find_map(|&k| f(k))
    }

    /// The MRO of `t` as a list of types.
    pub(crate) fn mro_of(&self, t: Value) -> Vec<Value> {
        let mut out = Vec::new();
        self.mro_find(t, |k| {
            out.push(k);
            None::<()>
        });
        out
    }

    /// What `name` is in the namespace of type `k` itself (not its bases).
    pub(crate) fn own_attr(&self, k: Value, name: Qstr) -> Option<Value> {
        if let Some(id) = k.as_builtin_type() {
            if name == Q::__hash__ && id.is_unhashable() {
                return Some(Value::NONE);
            }
            return crate::builtins::method_of(id, name).map(Value::native);
        }
        let c = self.class_ref(k)?;
        self.dict_get_qstr(c.dict, name)
    }

    /// `name` looked up along `t`'s MRO.
    pub(crate) fn lookup(&self, t: Value, name: Qstr) -> Option<Value> {
        self.lookup_slot(t, name).0
    }

    /// `lookup`, with the attribute cache's slot for its instance-dict hint.
    #[inline]
    pub(crate) fn lookup_slot(&self, t: Value, name: Qstr) -> (Option<Value>, usize) {
        use crate::types::attr_cache::Query;
        self.attr_cache.get_slot(t, name, Query::Any, || {
            self.mro_find(t, |k| self.own_attr(k, name))
        })
    }

    /// `name` defined by Python code along `t`'s MRO: `None` when the first type to
    /// define it is builtin (its behaviour is then the builtin one) or none does.
    pub(crate) fn lookup_user(&self, t: Value, name: Qstr) -> Option<Value> {
        use crate::types::attr_cache::Query;
        t.as_handle()?;
        self.attr_cache
            .get(t, name, Query::User, || self.lookup_user_uncached(t, name))
    }

    fn lookup_user_uncached(&self, t: Value, name: Qstr) -> Option<Value> {
        let c = self.class_ref(t)?;
        for &k in &c.mro {
            match self.class_ref(k) {
                Some(kc) => {
                    if let Some(v) = self.dict_get_qstr(kc.dict, name) {
                        return Some(v);
                    }
                }
                // The first builtin type that defines the name answers: its behaviour is
                // the builtin one, except a `__hash__` set to None (a subclass of a mutable
                // container is unhashable like its base).
                None => match self.own_attr(k, name) {
                    Some(v) if v.is_none() => return Some(v),
                    Some(_) => return None,
                    None => {}
                },
            }
        }
        None
    }

    /// `issubclass(a, b)` for two types.
    pub(crate) fn is_subclass(&self, a: Value, b: Value) -> bool {
        if a == b {
            return true;
        }
        if let (Some(x), Some(y)) = (a.as_builtin_type(), b.as_builtin_type()) {
            return x.is_subtype(y);
        }
        self.mro_find(a, |k| (k == b).then_some(())).is_some()
    }

    /// `isinstance(v, t)` for one type.
    pub(crate) fn is_instance(&self, v: Value, t: Value) -> bool {
        let vt = self.type_of(v);
        self.is_subclass(vt, t)
    }

    /// The class of `v` when it is made by Python code (its dunders may be Python).
    #[inline]
    pub(crate) fn user_class_of(&self, v: Value) -> Option<Value> {
        match self.heap.get(v)? {
            Obj::Instance(i) => Some(i.class),
            Obj::Exception(e) if e.typ.as_builtin_type().is_none() => Some(e.typ),
            Obj::Class(c) if c.meta.as_builtin_type().is_none() => Some(c.meta),
            _ => None,
        }
    }

    /// The builtin value a subclass instance extends, or `v` itself.
    #[inline]
    pub(crate) fn payload(&self, v: Value) -> Value {
        match self.heap.get(v) {
            Some(Obj::Instance(i)) if i.base != Value::UNBOUND => match self.heap.get(i.base) {
                // Slot values carry the builtin value in front (`types::member`).
                Some(Obj::SlotValues(s)) => match s.first() {
                    Some(&b) if b != Value::UNBOUND => b,
                    _ => v,
                },
                _ => i.base,
            },
            _ => v,
        }
    }

    /// The C3 linearization of a class with `bases`.
    fn c3_mro(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| self.mro_of(b)).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let head = seqs
                .iter()
                .map(|s| s[0])
                .find(|&h| !seqs.iter().any(|s| s[1..].contains(&h)));
            let Some(head) = head else {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = String::from(self.type_name(s[0]));
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                let msg = format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                );
                return Err(self.type_error(&msg));
            };
            out.push(head);
            for s in &mut seqs {
                if s[0] == head {
                    s.remove(0);
                }
            }
        }
    }

    /// `type.__new__(meta, name, bases, namespace)`: makes a class, then runs
    /// `__set_name__` on its attributes and the parent's `__init_subclass__(**kw)`.
    pub(crate) fn new_class(
        &mut self,
        meta: Value,
        name: Value,
        bases: Value,
        ns: Value,
        kw: Kw,
    ) -> PyResult {
        if self.str_text(name).is_none() {
            let msg = format!(
                "type.__new__() argument 1 must be str, not {}",
                self.arg_type_name(name)
            );
            return Err(self.type_error(&msg));
        }
        if !matches!(self.heap.get(bases), Some(Obj::Tuple(_))) {
            let msg = format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.arg_type_name(bases)
            );
            return Err(self.type_error(&msg));
        }
        if !matches!(self.heap.get(ns), Some(Obj::Dict(_))) {
            let msg = format!(
                "type.__new__() argument 3 must be dict, not {}",
                self.arg_type_name(ns)
            );
            return Err(self.type_error(&msg));
        }
        let mut base_list = self.tuple_items(bases).to_vec();
        let mut native = TypeId::Object;
        for (i, &b) in base_list.iter().enumerate() {
            if !self.is_type(b) {
                // The type of a base that is not a class is no metaclass: CPython's
                // metaclass calculation rejects it before anything else.
                return Err(self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a \
                     (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
            if base_list[..i].contains(&b) {
                let msg = format!("duplicate base class {}", self.type_name(b));
                return Err(self.type_error(&msg));
            }
            if let Some(id) = b.as_builtin_type()
                && !id.is_subclassable()
            {
                let msg = format!("type '{}' is not an acceptable base type", id.name());
                return Err(self.type_error(&msg));
            }
            let layout = self.native_type(b).layout();
            if native.is_subtype(layout) {
                continue;
            }
            if layout.is_subtype(native) {
                native = layout;
                continue;
            }
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        if native.is_exception() {
            // Exceptions keep the most derived builtin exception class as their layout, so
            // that `except ValueError` matches through it.
            native = base_list
                .iter()
                .map(|&b| self.native_type(b))
                .find(|t| t.is_exception())
                .unwrap_or(native);
        }
        let mut bases = bases;
        if base_list.is_empty() {
            base_list.push(Value::builtin_type(TypeId::Object));
            bases = self.new_tuple(base_list.clone())?;
        }
        self.roots.push(bases);
        let r = self.c3_mro(&base_list).and_then(|mut mro| {
            // The class namespace: a copy, with `__qualname__` and `__classcell__` taken out.
            let dict = self.new_dict()?;
            self.roots.push(dict);
            let r = self.fill_class(meta, name, bases, ns, dict, native, &mut mro, kw);
            self.roots.pop();
            r
        });
        self.roots.pop();
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn fill_class(
        &mut self,
        meta: Value,
        name: Value,
        bases: Value,
        ns: Value,
        dict: Value,
        native: TypeId,
        mro: &mut Vec<Value>,
        kw: Kw,
    ) -> PyResult {
        let mut qualname = name;
        let mut classcell = Value::UNBOUND;
        for (k, v) in self.dict_items(ns) {
            match k.as_qstr() {
                Some(Q::__qualname__) => {
                    if self.str_text(v).is_none() {
                        let msg = format!(
                            "type __qualname__ must be a str, not {}",
                            self.type_name_of(v)
                        );
                        return Err(self.type_error(&msg));
                    }
                    qualname = v;
                    continue;
                }
                Some(Q::__classcell__) => {
                    classcell = v;
                    continue;
                }
                _ => {}
            }
            // `__new__` is a static method and `__init_subclass__` a class method, implicitly.
            let v = match k.as_qstr() {
                Some(Q::__new__) if self.is_function(v) => {
                    self.alloc(Obj::Descr(alloc::boxed::Box::new(Descr::StaticMethod(v))))?
                }
                Some(Q::__init_subclass__ | Q::__class_getitem__) if self.is_function(v) => {
                    self.alloc(Obj::Descr(alloc::boxed::Box::new(Descr::ClassMethod(v))))?
                }
                _ => v,
            };
            self.dict_set(dict, k, v)?;
        }
        // `type(name, bases, ns)` without a `__module__`: the module of the code calling it.
        if self.dict_get_qstr(dict, Q::__module__).is_none()
            && let Some(m) = self
                .frames
                .last()
                .and_then(|f| self.dict_get_qstr(f.globals, Q::__name__))
        {
            self.dict_set(dict, Value::qstr(Q::__module__), m)?;
        }
        // The slot names take their places in the namespace now, as in CPython (their member
        // descriptors need the class, so they replace these placeholders once it exists).
        let base_list = self.tuple_items(bases).to_vec();
        let plan = self.plan_slots(name, &base_list, dict, native)?;
        for &n in &plan.own {
            self.dict_set(dict, Value::qstr(n), Value::NONE)?;
        }
        // A class that defines `__eq__` without `__hash__` is unhashable.
        if self.dict_get_qstr(dict, Q::__eq__).is_some()
            && self.dict_get_qstr(dict, Q::__hash__).is_none()
        {
            self.dict_set(dict, Value::qstr(Q::__hash__), Value::NONE)?;
        }
        if self.dict_get_qstr(dict, Q::__doc__).is_none() {
            self.dict_set(dict, Value::qstr(Q::__doc__), Value::NONE)?;
        }
        let cls = self.alloc(Obj::Class(alloc::boxed::Box::new(ClassObj {
            name,
            qualname,
            bases,
            mro: Vec::new(),
            dict,
            meta,
            native,
            layout: plan.layout.clone(),
        })))?;
        mro.insert(0, cls);
        if let Some(Obj::Class(c)) = self.heap.get_mut(cls) {
            c.mro = core::mem::take(mro);
        }
        if let Some(Obj::Dict(d)) = self.heap.get_mut(dict) {
            d.watch();
        }
        crate::heap::types_changed();
        if classcell != Value::UNBOUND {
            match self.heap.get_mut(classcell) {
                Some(Obj::Cell(slot)) => *slot = cls,
                _ => {
                    let msg = format!(
                        "__classcell__ must be a nonlocal cell, not {}",
                        self.type_name_of(classcell)
                    );
                    return Err(self.type_error(&msg));
                }
            }
        }
        self.roots.push(cls);
        let r = self
            .add_members(cls, dict, &plan)
            .and_then(|()| self.init_new_class(cls, dict, kw));
        self.roots.pop();
        r.map(|()| cls)
    }

    /// `__set_name__` on the new class's attributes, then `__init_subclass__` of its parent.
    fn init_new_class(&mut self, cls: Value, dict: Value, kw: Kw) -> PyResult<()> {
        for (k, v) in self.dict_items(dict) {
            // A property learns the name it is assigned to (its error messages use it).
            if let Some(Obj::Descr(d)) = self.heap.get_mut(v)
                && let Descr::Property(parts) = &mut **d
            {
                parts[4] = k;
            }
            if let Some(t) = self.user_class_of(v)
                && let Some(f) = self.lookup(t, Q::__set_name__)
            {
                self.call_value(f, &[v, cls, k])?;
            }
        }
        // super(cls, cls).__init_subclass__(**kw)
        let mro = self.mro_of(cls);
        let found = mro[1..]
            .iter()
            .find_map(|&k| self.own_attr(k, Q::__init_subclass__));
        match found {
            Some(f) if f.as_native().is_none() => {
                let f = match self.heap.get(f) {
                    Some(Obj::Descr(d)) => match **d {
                        Descr::ClassMethod(g) => g,
                        _ => f,
                    },
                    _ => f,
                };
                self.call_with_kw(f, &[cls], kw)?;
            }
            _ => {
                if !kw.is_empty() {
                    let msg = format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        self.type_name(cls)
                    );
                    return Err(self.type_error(&msg));
                }
            }
        }
        Ok(())
    }

    /// The metaclass a class with `bases` gets: the most derived of `explicit` (or `type`)
    /// and the bases' types.
    fn winner_meta(&mut self, explicit: Value, bases: &[Value]) -> PyResult {
        let mut winner = explicit;
        for &b in bases {
            let t = self.type_of(b);
            if self.is_subclass(winner, t) {
                continue;
            }
            if self.is_subclass(t, winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }
}

/// `__build_class__(body, name, *bases, metaclass=type, **kw)`: the `class` statement.
pub(crate) fn build_class(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (body, name) = (args[0], args[1]);
    if !vm.is_function(body) {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    if vm.str_text(name).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let bases = vm.new_tuple(args[2..].to_vec())?;
    vm.roots.push(bases);
    let r = build_class_with(vm, body, name, bases, kw);
    vm.roots.pop();
    r
}

fn build_class_with(vm: &mut Vm, body: Value, name: Value, bases: Value, kw: Kw) -> PyResult {
    let explicit = kw.get(Q::metaclass);
    let mut rest_names = Vec::new();
    let mut rest_values = Vec::new();
    for (i, &n) in kw.names.iter().enumerate() {
        if n != Value::qstr(Q::metaclass) {
            rest_names.push(n);
            rest_values.push(kw.values[i]);
        }
    }
    let rest = Kw {
        names: &rest_names,
        values: &rest_values,
    };
    let base_list = vm.tuple_items(bases).to_vec();
    let meta = match explicit {
        Some(m) if !vm.is_type(m) => m,
        Some(m) => vm.winner_meta(m, &base_list)?,
        None => vm.winner_meta(Value::builtin_type(TypeId::Type), &base_list)?,
    };
    let ns = match vm.lookup_user(meta, Q::__prepare__) {
        Some(prepare) => {
            let prepare = vm.bind_descriptor_to_class(prepare, meta)?;
            vm.call_with_kw(prepare, &[name, bases], rest)?
        }
        None => vm.new_dict()?,
    };
    vm.roots.push(ns);
    let r = (|| {
        let (module, qualname) = match vm.heap.get(body) {
            Some(Obj::Function(f)) => (
                vm.dict_get_qstr(f.globals, Q::__name__),
                Value::qstr(f.code.qualname),
            ),
            _ => (None, name),
        };
        if let Some(m) = module {
            vm.dict_set(ns, Value::qstr(Q::__module__), m)?;
        }
        vm.dict_set(ns, Value::qstr(Q::__qualname__), qualname)?;
        vm.run_class_body(body, ns)?;
        vm.call_with_kw(meta, &[name, bases, ns], rest)
    })();
    vm.roots.pop();
    r
}
