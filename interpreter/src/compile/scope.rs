//! Scope analysis: which names are local, global, captured (cells) or free in each scope.
//!
//! One pass over the AST builds a [`Scope`] for the module and for every function, lambda
//! and comprehension, in pre-order (the order in which the code generator meets them), then
//! `resolve` decides every name's storage. The generator looks scopes up by that order.
//!
//! Invariants: in a function scope, parameters take the first slots in declaration order,
//! then other locals in order of first binding, then free variables. A name is a cell when
//! an inner scope reads it as free; module-level names are always globals.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::*;
use crate::syntax_error::SyntaxError;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    /// A class body: its names live in the namespace dict (`Storage::Name`).
    Class,
}

/// Where a name lives in one scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Storage {
    /// A plain local slot.
    Fast(u16),
    /// A slot holding a cell (captured local or free variable).
    Deref(u16),
    Global,
    /// In a class body: the namespace dict, then globals, then builtins.
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Parameters, in slot order.
    pub params: Vec<String>,
    /// Names bound here (parameters included), in order of first binding.
    pub bound: Vec<String>,
    pub globals: Vec<String>,
    pub nonlocals: Vec<String>,
    /// Names read or written here.
    pub used: Vec<String>,
    /// After `resolve`: local slot names in order (varnames).
    pub slots: Vec<String>,
    /// After `resolve`: the locals that inner scopes capture.
    pub cells: Vec<String>,
    /// After `resolve`: free variables, in slot order after the locals.
    pub frees: Vec<String>,
    pub has_yield: bool,
    pub has_await: bool,
    /// The name of the class whose body this scope is in (itself, or the nearest enclosing
    /// class): names spelled `__x` are mangled to `_Class__x` here.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            bound: Vec::new(),
            globals: Vec::new(),
            nonlocals: Vec::new(),
            used: Vec::new(),
            slots: Vec::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            has_yield: false,
            has_await: false,
            private: None,
        }
    }

    pub fn is_function(&self) -> bool {
        !matches!(self.kind, ScopeKind::Module | ScopeKind::Class)
    }

    /// The storage of `name` in this scope (after `resolve`).
    pub fn storage(&self, name: &str) -> Storage {
        if self.kind == ScopeKind::Module || self.globals.iter().any(|g| g == name) {
            return Storage::Global;
        }
        if self.kind == ScopeKind::Class {
            // Only the `__class__` cell is a slot; free variables not bound here come from
            // the enclosing function; everything else is the namespace's.
            if let Some(i) = self.slots.iter().position(|s| s == name) {
                return Storage::Deref(i as u16);
            }
            if !self.bound.iter().any(|b| b == name)
                && let Some(i) = self.frees.iter().position(|s| s == name)
            {
                return Storage::Deref((self.slots.len() + i) as u16);
            }
            return Storage::Name;
        }
        if let Some(i) = self.slots.iter().position(|s| s == name) {
            return if self.cells.iter().any(|c| c == name) {
                Storage::Deref(i as u16)
            } else {
                Storage::Fast(i as u16)
            };
        }
        if let Some(i) = self.frees.iter().position(|s| s == name) {
            return Storage::Deref((self.slots.len() + i) as u16);
        }
        Storage::Global
    }
}

/// CPython's private name mangling: `__x` inside class `_A` becomes `_A__x` (not dunder
/// names, not dotted names, not inside a class named only with underscores).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> alloc::borrow::Cow<'n, str> {
    use alloc::borrow::Cow;
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(alloc::format!("_{stripped}{name}"))
}

fn add(list: &mut Vec<String>, name: &str) {
    if !list.iter().any(|n| n == name) {
        list.push(String::from(name));
    }
}

pub struct Analyzer {
    pub scopes: Vec<Scope>,
    current: usize,
    by_node: BTreeMap<usize, usize>,
}

/// The address of the AST node that opens a scope (a `FunctionDef`, or the `Expr` of a
/// lambda or comprehension): the key the generator finds the scope by. Keying by node,
/// not by visiting order, lets the generator compile a node several times (a `finally`
/// body is compiled once per way out of its `try`) or in another order than the analyzer
/// (a comprehension's first iterable, annotations that generate no code).
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// What the analysis finds: the scopes (the module is scope 0), and the scope each
/// scope-opening node opens.
pub struct Analysis {
    pub scopes: Vec<Scope>,
    pub by_node: BTreeMap<usize, usize>,
}

/// Analyzes a module.
pub fn analyze(module: &Module) -> Result<Analysis, SyntaxError> {
    let mut a = Analyzer {
        scopes: alloc::vec![Scope::new(ScopeKind::Module, None)],
        current: 0,
        by_node: BTreeMap::new(),
    };
    for stmt in &module.body {
        a.stmt(stmt)?;
    }
    a.resolve()?;
    Ok(Analysis {
        scopes: a.scopes,
        by_node: a.by_node,
    })
}

impl Analyzer {
    fn cur(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn mangled<'n>(&self, name: &'n str) -> alloc::borrow::Cow<'n, str> {
        mangle(self.scopes[self.current].private.as_deref(), name)
    }

    fn bind(&mut self, name: &str) {
        let name = self.mangled(name).into_owned();
        add(&mut self.cur().bound, &name);
        add(&mut self.cur().used, &name);
    }

    fn use_name(&mut self, name: &str) {
        let name = self.mangled(name).into_owned();
        add(&mut self.cur().used, &name);
    }

    /// Opens the scope of `node` (see `node_key`) and returns the enclosing one.
    fn enter(&mut self, kind: ScopeKind, node: usize) -> usize {
        let parent = self.current;
        let mut scope = Scope::new(kind, Some(parent));
        scope.private = self.scopes[parent].private.clone();
        self.scopes.push(scope);
        self.current = self.scopes.len() - 1;
        self.by_node.insert(node, self.current);
        parent
    }

    fn body(&mut self, stmts: &[Stmt]) -> Result<(), SyntaxError> {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.target(target)?;
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    if self.cur().kind != ScopeKind::Module {
                        if self.cur().params.iter().any(|p| p == n) {
                            return Err(SyntaxError::new(
                                alloc::format!("name '{n}' is parameter and global"),
                                stmt.span,
                            ));
                        }
                        let n = self.mangled(n).into_owned();
                        add(&mut self.cur().globals, &n);
                    }
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(SyntaxError::new(
                        "nonlocal declaration not allowed at module level",
                        stmt.span,
                    ));
                }
                for n in names {
                    if self.cur().params.iter().any(|p| p == n) {
                        return Err(SyntaxError::new(
                            alloc::format!("name '{n}' is parameter and nonlocal"),
                            stmt.span,
                        ));
                    }
                    let n = self.mangled(n).into_owned();
                    add(&mut self.cur().nonlocals, &n);
                    self.use_name(&n);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = a
                        .asname
                        .as_deref()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or(&a.name));
                    self.bind(name);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        self.bind(a.asname.as_deref().unwrap_or(&a.name));
                    }
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                self.body(body)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)?;
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.param_defaults(&f.params)?;
                self.param_annotations(&f.params)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                let parent = self.enter(ScopeKind::Function, node_key(&**f));
                self.params(&f.params)?;
                self.body(&f.body)?;
                self.current = parent;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                let parent = self.enter(ScopeKind::Class, node_key(&**c));
                self.cur().private = Some(c.name.clone());
                self.body(&c.body)?;
                self.current = parent;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.body(&case.body)?;
                }
            }
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        match &p.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e)?,
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter().try_for_each(|p| self.pattern(p))?
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().try_for_each(|k| self.expr(k))?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(r) = rest {
                    self.bind(r);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                kwd_patterns.iter().try_for_each(|p| self.pattern(p))?;
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.bind(n);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
            }
        }
        Ok(())
    }

    fn param_defaults(&mut self, params: &Parameters) -> Result<(), SyntaxError> {
        let all = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly);
        for p in all {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn param_annotations(&mut self, params: &Parameters) -> Result<(), SyntaxError> {
        let all = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(params.vararg.iter())
            .chain(&params.kwonly)
            .chain(params.kwarg.iter());
        for p in all {
            if let Some(a) = &p.annotation {
                self.expr(a)?;
            }
        }
        Ok(())
    }

    /// Binds the parameters in the new (current) scope, in slot order.
    fn params(&mut self, params: &Parameters) -> Result<(), SyntaxError> {
        let ordered = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
            .chain(params.vararg.iter())
            .chain(params.kwarg.iter());
        for p in ordered {
            if self.cur().params.contains(&p.name) {
                return Err(SyntaxError::new(
                    alloc::format!("duplicate argument '{}' in function definition", p.name),
                    p.span,
                ));
            }
            let name = self.mangled(&p.name).into_owned();
            self.cur().params.push(name);
            self.bind(&p.name);
        }
        Ok(())
    }

    /// A name being assigned or deleted.
    fn target(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|t| self.target(t))?
            }
            ExprKind::Starred(inner) => self.target(inner)?,
            _ => self.expr(e)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SyntaxError> {
        let parent = self.enter(ScopeKind::Comprehension, node_key(node));
        self.cur().params.push(String::from(".0"));
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.current = parent;
        // The first iterable is evaluated in the enclosing scope, after the generator has made
        // the comprehension's function: scopes nested in it come after the comprehension's.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v))?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    // In a comprehension, the walrus binds in the enclosing function scope.
                    let mut scope = self.current;
                    while self.scopes[scope].kind == ScopeKind::Comprehension {
                        add(&mut self.scopes[scope].used, n);
                        match self.scopes[scope].parent {
                            Some(p) => scope = p,
                            None => break,
                        }
                    }
                    add(&mut self.scopes[scope].bound, n);
                    add(&mut self.scopes[scope].used, n);
                } else {
                    self.target(target)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                let parent = self.enter(ScopeKind::Lambda, node_key(e));
                self.params(params)?;
                self.expr(body)?;
                self.current = parent;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                items.iter().try_for_each(|i| self.expr(i))?
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value])?,
            ExprKind::Await(v) => {
                self.cur().has_await = true;
                self.expr(v)?
            }
            ExprKind::YieldFrom(v) => {
                self.cur().has_yield = true;
                self.expr(v)?
            }
            ExprKind::Yield(v) => {
                self.cur().has_yield = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|c| self.expr(c))?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                args.iter().try_for_each(|a| self.expr(a))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))?;
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        for part in parts {
            if let FStringPart::Value(fv) = part {
                self.expr(&fv.value)?;
                if let Some(spec) = &fv.format_spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    /// Decides slots, cells and free variables, innermost scopes last (parents first).
    fn resolve(&mut self) -> Result<(), SyntaxError> {
        // Locals of every function scope.
        for scope in &mut self.scopes {
            if matches!(scope.kind, ScopeKind::Module | ScopeKind::Class) {
                continue;
            }
            let mut slots = scope.params.clone();
            for name in &scope.bound {
                if !scope.globals.contains(name) && !scope.nonlocals.contains(name) {
                    add(&mut slots, name);
                }
            }
            scope.slots = slots;
        }
        // Free variables: a name used but not local in a function scope, bound as a local of
        // an enclosing function scope (or declared nonlocal).
        for i in 0..self.scopes.len() {
            if self.scopes[i].kind == ScopeKind::Module {
                continue;
            }
            // A method that names `super` or `__class__` reads the class being defined
            // from the `__class__` cell of the nearest enclosing class body.
            let mut used = self.scopes[i].used.clone();
            if self.scopes[i].kind != ScopeKind::Class
                && used.iter().any(|n| n == "super")
                && !used.iter().any(|n| n == "__class__")
            {
                used.push(String::from("__class__"));
            }
            for name in &used {
                let scope = &self.scopes[i];
                if scope.slots.contains(name) || scope.globals.contains(name) {
                    continue;
                }
                if scope.kind == ScopeKind::Class && scope.bound.contains(name) {
                    continue;
                }
                let explicit = scope.nonlocals.contains(name);
                // Find the nearest enclosing function scope that binds it.
                let mut owner = None;
                let mut p = scope.parent;
                while let Some(pi) = p {
                    let ps = &self.scopes[pi];
                    if ps.kind == ScopeKind::Module {
                        break;
                    }
                    if ps.kind == ScopeKind::Class {
                        // A class body's names are invisible to the functions inside it,
                        // except the implicit `__class__` cell.
                        if name == "__class__" {
                            owner = Some(pi);
                            break;
                        }
                        p = ps.parent;
                        continue;
                    }
                    if ps.globals.contains(name) {
                        break;
                    }
                    if ps.slots.contains(name) {
                        owner = Some(pi);
                        break;
                    }
                    p = ps.parent;
                }
                match owner {
                    Some(owner) => {
                        if self.scopes[owner].kind == ScopeKind::Class {
                            add(&mut self.scopes[owner].slots, name);
                        }
                        add(&mut self.scopes[owner].cells, name);
                        // Every scope from i up to (not including) owner gets it as free.
                        let mut s = i;
                        while s != owner {
                            add(&mut self.scopes[s].frees, name);
                            match self.scopes[s].parent {
                                Some(p) => s = p,
                                None => break,
                            }
                        }
                    }
                    None if explicit => {
                        return Err(SyntaxError::new(
                            alloc::format!("no binding for nonlocal '{name}' found"),
                            crate::ast::Span::default(),
                        ));
                    }
                    None => {}
                }
            }
        }
        Ok(())
    }
}
