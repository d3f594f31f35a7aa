//! Scope analysis: which names are local, global, captured (cells) or free in each scope.
//!
//! One pass over the AST builds a [`Scope`] for the module and for every function, lambda
//! and comprehension, in pre-order (the order in which the code generator meets them), then
//! `resolve` decides every name's storage. The generator looks scopes up by that order.
//!
//! Invariants: in a function scope, parameters take the first slots in declaration order,
//! then other locals in order of first binding, then free variables. A name is a cell when
//! an inner scope reads it as free; module-level names are always globals. A class body
//! owns no cells but `__class__`: functions inside it skip its names and take their free
//! variables from the enclosing function, through the class body's free slots.
//!
//! The pass also raises the SyntaxErrors CPython's symbol table raises: misplaced
//! `global`/`nonlocal` declarations, `:=` where it cannot bind, `yield` in a
//! comprehension, and bindings of `__debug__`.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::*;
use crate::syntax_error::SyntaxError;

mod resolve;

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
    /// Where each of `nonlocals` is declared, for "no binding" errors.
    nonlocal_spans: Vec<Span>,
    /// Names read or written here.
    pub used: Vec<String>,
    /// Names read here (CPython's `USE`), and names given a simple annotation
    /// (`DEF_ANNOT`): what a later `global` or `nonlocal` declaration must not follow.
    reads: Vec<String>,
    annotated: Vec<String>,
    /// While the analyzer is inside a comprehension's iterable expression evaluated in
    /// this scope: how deep (where `:=` is not allowed).
    comp_iter_expr: u32,
    /// For a comprehension scope, what CPython calls it in errors ("list comprehension").
    comp_name: &'static str,
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
            nonlocal_spans: Vec::new(),
            used: Vec::new(),
            reads: Vec::new(),
            annotated: Vec::new(),
            comp_iter_expr: 0,
            comp_name: "",
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
            // Only the `__class__` cell is a slot. A name declared nonlocal, or read here
            // but bound nowhere in the body, is the enclosing function's cell; everything
            // else is the namespace's (a free variable that the body also binds is only
            // passed through to the methods, see `closure_slot`).
            if let Some(i) = self.slots.iter().position(|s| s == name) {
                return Storage::Deref(i as u16);
            }
            let passed_through =
                self.bound.iter().any(|b| b == name) && !self.nonlocals.iter().any(|n| n == name);
            if !passed_through && let Some(i) = self.frees.iter().position(|s| s == name) {
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

    /// The slot of the cell that an inner scope's free variable `name` takes from this
    /// scope (after `resolve`): one of this scope's cells, or a free variable it passes on.
    /// Unlike `storage`, a class body passes on a free variable even when it binds the
    /// same name in its namespace.
    pub fn closure_slot(&self, name: &str) -> Option<u16> {
        if let Some(i) = self.slots.iter().position(|s| s == name) {
            return self.cells.iter().any(|c| c == name).then_some(i as u16);
        }
        let i = self.frees.iter().position(|s| s == name)?;
        Some((self.slots.len() + i) as u16)
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

/// CPython's compiler refuses to bind the name `__debug__` (or store the attribute).
fn forbid_debug(name: &str, span: Span) -> Result<(), SyntaxError> {
    if name == "__debug__" {
        return Err(SyntaxError::new("cannot assign to __debug__", span));
    }
    Ok(())
}

/// Keyword arguments name parameters: `f(__debug__=1)` is refused as a binding, reported
/// at the call (`span`) as CPython does.
fn check_keywords(keywords: &[Keyword], span: Span) -> Result<(), SyntaxError> {
    keywords
        .iter()
        .try_for_each(|k| k.arg.as_deref().map_or(Ok(()), |a| forbid_debug(a, span)))
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

    /// A name being bound (assigned, deleted, imported, defined) at `span`.
    fn bind(&mut self, name: &str, span: Span) -> Result<(), SyntaxError> {
        forbid_debug(name, span)?;
        let name = self.mangled(name).into_owned();
        add(&mut self.cur().bound, &name);
        add(&mut self.cur().used, &name);
        Ok(())
    }

    /// A name being read.
    fn use_name(&mut self, name: &str) {
        let name = self.mangled(name).into_owned();
        add(&mut self.cur().used, &name);
        add(&mut self.cur().reads, &name);
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

    /// Checks a `global` or `nonlocal` (`what`) declaration of `name` against what the
    /// scope has already done with it: CPython's symtable rules, in its order. Messages
    /// show the name as written, not mangled.
    fn check_declaration(&self, name: &str, what: &str, span: Span) -> Result<(), SyntaxError> {
        let scope = &self.scopes[self.current];
        let mangled = self.mangled(name);
        let has = |list: &[String]| list.iter().any(|n| *n == *mangled);
        let other = if what == "global" {
            &scope.nonlocals
        } else {
            &scope.globals
        };
        let msg = if has(&scope.params) {
            alloc::format!("name '{name}' is parameter and {what}")
        } else if has(&scope.reads) {
            alloc::format!("name '{name}' is used prior to {what} declaration")
        } else if has(&scope.annotated) {
            alloc::format!("annotated name '{name}' can't be {what}")
        } else if has(&scope.bound) {
            alloc::format!("name '{name}' is assigned to before {what} declaration")
        } else if has(other) {
            alloc::format!("name '{name}' is nonlocal and global")
        } else {
            return Ok(());
        };
        Err(SyntaxError::new(msg, span))
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
                self.target_in(target, false)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let (true, ExprKind::Name(name)) = (*simple, &target.kind) {
                    let n = self.mangled(name).into_owned();
                    let scope = &self.scopes[self.current];
                    if scope.kind != ScopeKind::Module {
                        let what = if scope.globals.contains(&n) {
                            Some("global")
                        } else if scope.nonlocals.contains(&n) {
                            Some("nonlocal")
                        } else {
                            None
                        };
                        if let Some(what) = what {
                            return Err(SyntaxError::new(
                                alloc::format!("annotated name '{name}' can't be {what}"),
                                target.span,
                            ));
                        }
                    }
                    add(&mut self.cur().annotated, &n);
                }
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
                    self.target_in(t, false)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.check_declaration(n, "global", stmt.span)?;
                    let n = self.mangled(n).into_owned();
                    // At the top level too: `exec` with a locals mapping stores these in the
                    // globals.
                    add(&mut self.cur().globals, &n);
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
                    self.check_declaration(n, "nonlocal", stmt.span)?;
                    let n = self.mangled(n).into_owned();
                    if !self.cur().nonlocals.contains(&n) {
                        self.cur().nonlocals.push(n.clone());
                        self.cur().nonlocal_spans.push(stmt.span);
                    }
                    add(&mut self.cur().used, &n);
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
                    self.bind(name, a.span)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" && self.cur().kind != ScopeKind::Module {
                        return Err(SyntaxError::new(
                            "import * only allowed at module level",
                            stmt.span,
                        ));
                    }
                    if a.name != "*" {
                        self.bind(a.asname.as_deref().unwrap_or(&a.name), a.span)?;
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
                        self.bind(n, h.span)?;
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
                self.bind(&f.name, stmt.span)?;
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
                check_keywords(&c.keywords, stmt.span)?;
                self.bind(&c.name, stmt.span)?;
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
                    self.bind(r, p.span)?;
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
                    self.bind(n, p.span)?;
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = name {
                    self.bind(n, p.span)?;
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
            let name = self.mangled(&p.name).into_owned();
            if self.cur().params.contains(&name) {
                return Err(SyntaxError::new(
                    alloc::format!("duplicate argument '{}' in function definition", p.name),
                    p.span,
                ));
            }
            self.cur().params.push(name);
            self.bind(&p.name, p.span)?;
        }
        Ok(())
    }

    /// A target being assigned.
    fn target(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        self.target_in(e, true)
    }

    /// A target being assigned, or deleted or updated in place (not `store`: there the
    /// attribute `__debug__` may be named, as CPython allows).
    fn target_in(&mut self, e: &Expr, store: bool) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => self.bind(n, e.span)?,
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|t| self.target_in(t, store))?
            }
            ExprKind::Starred(inner) => self.target_in(inner, store)?,
            ExprKind::Attribute { attr, .. } if store => {
                forbid_debug(attr, e.span)?;
                self.expr(e)?
            }
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
        self.cur().comp_name = match node.kind {
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            _ => "generator expression",
        };
        self.cur().params.push(String::from(".0"));
        self.bind(".0", node.span)?;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.comp_iter(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        // An async list, set or dict comprehension is awaited where it stands: inside
        // another comprehension, that one awaits too.
        let awaits = self.cur().has_await || generators.iter().any(|g| g.is_async);
        let is_gen = matches!(node.kind, ExprKind::GeneratorExp { .. });
        self.current = parent;
        if awaits && !is_gen && self.cur().kind == ScopeKind::Comprehension {
            self.cur().has_await = true;
        }
        // The first iterable is evaluated in the enclosing scope, after the generator has made
        // the comprehension's function: scopes nested in it come after the comprehension's.
        if let Some(first) = generators.first() {
            self.comp_iter(&first.iter)?;
        }
        Ok(())
    }

    /// Marks the current scope a generator; a comprehension cannot be one.
    fn yield_here(&mut self, span: Span) -> Result<(), SyntaxError> {
        let scope = self.cur();
        if scope.kind == ScopeKind::Comprehension {
            let msg = alloc::format!("'yield' inside {}", scope.comp_name);
            return Err(SyntaxError::new(msg, span));
        }
        scope.has_yield = true;
        Ok(())
    }

    /// A comprehension's iterable expression, where `:=` is not allowed.
    fn comp_iter(&mut self, iter: &Expr) -> Result<(), SyntaxError> {
        self.cur().comp_iter_expr += 1;
        let result = self.expr(iter);
        self.cur().comp_iter_expr -= 1;
        result
    }

    /// Binds the target of a `:=` inside a comprehension: in the nearest enclosing scope
    /// that is not a comprehension (CPython's `symtable_extend_namedexpr_scope`), with the
    /// comprehensions on the way reading it as free.
    fn comprehension_walrus(&mut self, written: &str, span: Span) -> Result<(), SyntaxError> {
        let name = self.mangled(written).into_owned();
        let mut scope = self.current;
        while self.scopes[scope].kind == ScopeKind::Comprehension {
            if self.scopes[scope].bound.contains(&name) {
                // A comprehension binds only `.0` and its iteration variables.
                return Err(SyntaxError::new(
                    alloc::format!(
                        "assignment expression cannot rebind comprehension iteration variable '{written}'"
                    ),
                    span,
                ));
            }
            add(&mut self.scopes[scope].used, &name);
            match self.scopes[scope].parent {
                Some(p) => scope = p,
                None => break,
            }
        }
        if self.scopes[scope].kind == ScopeKind::Class {
            return Err(SyntaxError::new(
                "assignment expression within a comprehension cannot be used in a class body",
                span,
            ));
        }
        add(&mut self.scopes[scope].bound, &name);
        add(&mut self.scopes[scope].used, &name);
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v))?,
            ExprKind::NamedExpr { target, value } => {
                if self.scopes[self.current].comp_iter_expr > 0 {
                    return Err(SyntaxError::new(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                match &target.kind {
                    ExprKind::Name(n) if self.cur().kind == ScopeKind::Comprehension => {
                        self.comprehension_walrus(n, e.span)?;
                        self.expr(value)?;
                    }
                    _ => {
                        self.expr(value)?;
                        self.target(target)?;
                    }
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
                self.expr(v)?;
                self.yield_here(e.span)?
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_here(e.span)?
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
                check_keywords(keywords, e.span)?;
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
}
