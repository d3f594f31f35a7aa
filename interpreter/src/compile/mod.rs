//! The compiler: AST to code objects.
//!
//! `compile_source` parses, analyzes scopes (`scope.rs`), then generates bytecode one code
//! unit (module, function, lambda, comprehension) at a time: statements in `stmt.rs`,
//! expressions in `expr.rs`. Constants are folded by evaluating them with the VM's own
//! operators, so folding can never disagree with run time.
//!
//! Invariants: the generator meets nested scopes in the same pre-order as the analyzer;
//! every jump is patched before a unit is finished; a code unit never exceeds 65535
//! constants, names or locals (an error otherwise, not a wrap-around).

mod annotate;
mod expr;
mod import;
mod pattern;
mod scope;
mod stmt;
mod try_star;

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::{self, Span};
use crate::bytecode::{Code, Emitter, op};
use crate::lex::LineIndex;
use crate::qstr::Qstr;
use crate::syntax_error::SyntaxError;
use crate::value::Value;
use crate::vm::Vm;

pub(crate) use scope::mangle;
use scope::{Scope, ScopeKind, Storage};

/// What kind of input is compiled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A file or `-c` string: expression statements discard their value.
    File,
    /// One REPL input: expression statements at the top level print their value.
    Interactive,
    /// `exec(source)`: module-level names live in the namespace dicts it is given.
    Exec,
    /// `eval(source)`: one expression, whose value the code returns.
    Eval,
    /// `compile(source, name, 'single')`: one statement (or one line of them) whose
    /// expression statements print their value, names in the namespace dicts.
    Single,
}

type CResult<T = ()> = Result<T, SyntaxError>;

/// Compiles `source` into the code object of a module.
pub(crate) fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: Mode,
) -> CResult<Rc<Code>> {
    if source.len() >= u32::MAX as usize {
        return Err(SyntaxError::new("source too long", Span::default()));
    }
    let module = if mode == Mode::Eval {
        let e = crate::parse::parse_expression(source)?;
        let span = e.span;
        let kind = ast::StmtKind::Expr(e);
        ast::Module {
            body: alloc::vec![ast::Stmt { kind, span }],
        }
    } else {
        crate::parse::parse_module(source)?
    };
    if mode == Mode::Single {
        let lines = LineIndex::new(source);
        let line = |s: &ast::Stmt| lines.line_col(s.span.start).0;
        if let [first, rest @ ..] = &module.body[..]
            && let Some(other) = rest.iter().find(|s| line(s) != line(first))
        {
            return Err(SyntaxError::new(
                "multiple statements found while compiling a single statement",
                other.span,
            ));
        }
    }
    import::check_future(&module.body)?;
    let analysis = scope::analyze(&module)?;
    let filename = vm.qstrs.intern(filename);
    let mut c = Compiler {
        vm,
        lines: LineIndex::new(source),
        filename,
        scopes: analysis.scopes,
        by_node: analysis.by_node,
        mode,
        unit: Unit::new(0, crate::qstr::Q::module, crate::qstr::Q::module, 1),
        outer: Vec::new(),
    };
    if mode == Mode::Eval {
        return c.eval_body(&module.body);
    }
    c.module(&module.body)
}

/// A jump whose target is not known yet: the operand offset to patch.
type Patch = usize;

/// What a `break`, `continue` or `return` must undo on its way out.
enum FBlock<'a> {
    /// A loop; `iter` when a `for` iterator sits on the stack.
    Loop {
        start: u32,
        breaks: Vec<Patch>,
        iter: bool,
    },
    /// The body of a `try` with handlers: one handler block.
    TryExcept,
    /// The body of a `try` with `finally`: one handler block, and the finally body to run.
    Finally(&'a [ast::Stmt]),
    /// Inside an except clause: the cleanup block, the handled exception, the exception
    /// value on the stack, and the `as` name to clear.
    Handler(Option<&'a str>),
    /// Inside an `except*` clause body: leaving it by a jump is a SyntaxError.
    StarHandler,
    /// Inside a finally body run for an exception: cleanup block, handled exception, and
    /// the exception value on the stack.
    FinallyHandler,
    /// A finally body inlined on the way out of a `return`: the return value sits below it.
    PopValue,
    /// The body of a `with`: one handler block, and the bound `__exit__` on the stack
    /// (`__aexit__`, whose result is awaited, for `async with`).
    With { is_async: bool },
}

/// One code object under construction.
struct Unit<'a> {
    scope: usize,
    name: Qstr,
    qualname: Qstr,
    em: Emitter,
    consts: Vec<Value>,
    codes: Vec<Rc<Code>>,
    names: Vec<Qstr>,
    lines: Vec<(u32, u32)>,
    line: u32,
    firstline: u32,
    fblocks: Vec<FBlock<'a>>,
    /// The docstring, for a function.
    doc: Value,
    /// An `async def` body (where `await` is allowed).
    is_async: bool,
    /// An async generator's body (where `return` takes no value).
    is_async_gen: bool,
    /// Where the last instruction starts when it has a 16-bit operand (the first half of a
    /// possible superinstruction), else `NO_OP`.
    last: u32,
    /// The highest offset handed out as a possible jump target (`here`, `patch_here`): no
    /// superinstruction may swallow an instruction that starts there.
    label: core::cell::Cell<u32>,
}

const NO_OP: u32 = u32::MAX;

impl<'a> Unit<'a> {
    fn new(scope: usize, name: Qstr, qualname: Qstr, firstline: u32) -> Unit<'a> {
        Unit {
            scope,
            name,
            qualname,
            em: Emitter::default(),
            consts: Vec::new(),
            codes: Vec::new(),
            names: Vec::new(),
            lines: Vec::new(),
            line: firstline,
            firstline,
            fblocks: Vec::new(),
            doc: Value::NONE,
            is_async: false,
            is_async_gen: false,
            last: NO_OP,
            label: core::cell::Cell::new(0),
        }
    }
}

pub(crate) struct Compiler<'a, 'v> {
    vm: &'v mut Vm,
    lines: LineIndex,
    filename: Qstr,
    scopes: Vec<Scope>,
    /// The scope each scope-opening node opens (see `scope::node_key`).
    by_node: BTreeMap<usize, usize>,
    mode: Mode,
    unit: Unit<'a>,
    outer: Vec<Unit<'a>>,
}

impl<'a> Compiler<'a, '_> {
    fn module(&mut self, body: &'a [ast::Stmt]) -> CResult<Rc<Code>> {
        self.setup_annotations(body)?;
        if self.mode != Mode::Single {
            self.store_docstring(body)?;
        }
        for stmt in body {
            self.stmt(stmt)?;
        }
        self.emit(op::LOAD_NONE);
        self.emit(op::RETURN_VALUE);
        let unit = core::mem::replace(
            &mut self.unit,
            Unit::new(0, crate::qstr::Q::module, crate::qstr::Q::module, 1),
        );
        self.finish(unit, 0, 0, 0, 0)
    }

    /// Stores a module's or class's docstring, the str constant that opens `body`, as
    /// `__doc__` in its namespace.
    fn store_docstring(&mut self, body: &'a [ast::Stmt]) -> CResult {
        if let Some(ast::Stmt {
            kind: ast::StmtKind::Expr(doc),
            ..
        }) = body.first()
            && let ast::ExprKind::Constant(ast::Constant::Str(_)) = doc.kind
        {
            self.expr(doc)?;
            self.store_name("__doc__")?;
        }
        Ok(())
    }

    /// The body of `eval`: exactly one expression (as `parse_expression` ensures), returned.
    fn eval_body(&mut self, body: &'a [ast::Stmt]) -> CResult<Rc<Code>> {
        match body {
            [
                ast::Stmt {
                    kind: ast::StmtKind::Expr(e),
                    ..
                },
            ] => {
                self.expr(e)?;
                self.emit(op::RETURN_VALUE);
            }
            [first, ..] => return Err(SyntaxError::new("invalid syntax", first.span)),
            [] => return Err(SyntaxError::new("invalid syntax", Span::default())),
        }
        let unit = core::mem::replace(
            &mut self.unit,
            Unit::new(0, crate::qstr::Q::module, crate::qstr::Q::module, 1),
        );
        self.finish(unit, 0, 0, 0, 0)
    }

    /// Module-level names of `exec`/`eval` code live in its namespace dicts.
    fn module_names_in_dict(&self) -> bool {
        self.unit.scope == 0 && matches!(self.mode, Mode::Exec | Mode::Eval | Mode::Single)
    }

    /// The storage of `name` in the current unit.
    fn storage_of(&self, name: &str) -> Storage {
        match self.scope().storage(name) {
            // A name declared `global` at the top level of `exec`'d code is the globals'
            // even when the code runs with a locals mapping of its own.
            Storage::Global
                if self.module_names_in_dict()
                    && !self.scope().globals.iter().any(|g| g == name) =>
            {
                Storage::Name
            }
            s => s,
        }
    }

    /// Builds the code object of a finished unit.
    fn finish(
        &mut self,
        unit: Unit<'a>,
        argcount: u16,
        posonly: u16,
        kwonly: u16,
        flags: u8,
    ) -> CResult<Rc<Code>> {
        let scope = &self.scopes[unit.scope];
        let intern = |vm: &mut Vm, names: &[String]| -> Vec<Qstr> {
            names.iter().map(|n| vm.qstrs.intern(n)).collect()
        };
        let mut varnames = intern(self.vm, &scope.slots);
        varnames.extend(intern(self.vm, &scope.frees));
        let cellslots: Vec<u16> = scope
            .cells
            .iter()
            .filter_map(|c| scope.slots.iter().position(|s| s == c))
            .map(|i| i as u16)
            .collect();
        let nlocals = varnames.len();
        if nlocals > u16::MAX as usize {
            return Err(SyntaxError::new(
                "too many local variables",
                Span::default(),
            ));
        }
        if unit.em.ops.len() >= crate::bytecode::MAX_OPS {
            return Err(Self::too_many("instructions"));
        }
        let mut flags = flags;
        if !scope.frees.is_empty() {
            flags |= crate::bytecode::flags::HAS_CLOSURE;
        }
        Ok(Rc::new(Code {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename,
            ops: unit.em.ops.into(),
            consts: unit.consts.into_boxed_slice(),
            codes: unit.codes.into_boxed_slice(),
            sites: crate::vm::sites::Sites::new(unit.names.len()),
            names: unit.names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            argcount,
            posonlycount: posonly,
            kwonlycount: kwonly,
            nlocals: nlocals as u16,
            cellslots: cellslots.into_boxed_slice(),
            freestart: scope.slots.len() as u16,
            flags,
            stacksize: 16,
            lines: unit.lines.into_boxed_slice(),
            firstline: unit.firstline,
            doc: unit.doc,
        }))
    }

    fn scope(&self) -> &Scope {
        &self.scopes[self.unit.scope]
    }

    /// The scope that `node` opens.
    fn scope_of(&self, node: usize, span: Span) -> CResult<usize> {
        match self.by_node.get(&node) {
            Some(&i) => Ok(i),
            None => Err(SyntaxError::new(
                "internal error: a function without a scope",
                span,
            )),
        }
    }

    // --- emitting ---

    /// Notes the source line of what follows.
    fn set_line(&mut self, span: Span) {
        let (line, _) = self.lines.line_col(span.start);
        self.unit.line = line;
    }

    fn mark_line(&mut self) {
        let here = self.unit.em.here();
        let line = self.unit.line;
        match self.unit.lines.last_mut() {
            Some(last) if last.1 == line => {}
            Some(last) if last.0 == here => last.1 = line,
            _ => self.unit.lines.push((here, line)),
        }
    }

    fn emit(&mut self, op: u8) {
        if !self.fuse(op, 0) {
            self.mark_line();
            self.unit.em.op(op);
        }
        self.unit.last = NO_OP;
    }

    fn emit_arg(&mut self, op: u8, arg: u16) {
        if self.fuse(op, arg) {
            self.unit.last = NO_OP;
        } else {
            self.mark_line();
            self.unit.last = self.unit.em.here();
            self.unit.em.op_arg(op, arg);
        }
    }

    /// Merges the instruction being emitted with the last one into a superinstruction when
    /// they have one, no jump can land between them, and they are on the same line.
    fn fuse(&mut self, op: u8, arg: u16) -> bool {
        let at = self.unit.last;
        at != NO_OP
            && self.unit.label.get() < self.unit.em.here()
            && self.unit.lines.last().map(|l| l.1) == Some(self.unit.line)
            && self.unit.em.fuse(at as usize, op, arg)
    }

    fn emit_jump(&mut self, op: u8, target: u32) -> Patch {
        self.mark_line();
        self.unit.last = NO_OP;
        self.unit.em.jump(op, target)
    }

    /// A forward jump, patched later with `patch_here`.
    fn jump_forward(&mut self, op: u8) -> Patch {
        self.emit_jump(op, 0)
    }

    fn patch_here(&mut self, at: Patch) {
        let here = self.here();
        self.unit.em.patch(at, here);
    }

    /// The offset of the next instruction, as a jump target.
    fn here(&self) -> u32 {
        let here = self.unit.em.here();
        self.unit.label.set(self.unit.label.get().max(here));
        here
    }

    fn too_many(what: &str) -> SyntaxError {
        SyntaxError::new(
            alloc::format!("too many {what} in one code object"),
            Span::default(),
        )
    }

    fn add_const(&mut self, v: Value) -> CResult<u16> {
        if let Some(i) = self.unit.consts.iter().position(|&c| c == v) {
            return Ok(i as u16);
        }
        let i = self.unit.consts.len();
        if i > u16::MAX as usize {
            return Err(Self::too_many("constants"));
        }
        self.unit.consts.push(v);
        Ok(i as u16)
    }

    fn load_const(&mut self, v: Value) -> CResult {
        if v == Value::NONE {
            self.emit(op::LOAD_NONE);
        } else if v == Value::TRUE {
            self.emit(op::LOAD_TRUE);
        } else if v == Value::FALSE {
            self.emit(op::LOAD_FALSE);
        } else if let Some(i) = v
            .as_small()
            .filter(|i| (i16::MIN as i64..=i16::MAX as i64).contains(i))
        {
            self.emit_arg(op::LOAD_SMALL_INT, i as i16 as u16);
        } else {
            let i = self.add_const(v)?;
            self.emit_arg(op::LOAD_CONST, i);
        }
        Ok(())
    }

    /// `name` after private name mangling in the current class body.
    fn mangled(&self, name: &str) -> String {
        scope::mangle(self.scope().private.as_deref(), name).into_owned()
    }

    fn name_index(&mut self, name: &str) -> CResult<u16> {
        let name = &*self.mangled(name);
        self.raw_name_index(name)
    }

    /// The index of `name` in the code's names, not mangled (a module name).
    fn raw_name_index(&mut self, name: &str) -> CResult<u16> {
        let q = self.vm.qstrs.intern(name);
        if let Some(i) = self.unit.names.iter().position(|&n| n == q) {
            return Ok(i as u16);
        }
        let i = self.unit.names.len();
        if i > u16::MAX as usize {
            return Err(Self::too_many("names"));
        }
        self.unit.names.push(q);
        Ok(i as u16)
    }

    // --- names ---

    fn load_name(&mut self, name: &str) -> CResult {
        if name == "__debug__" {
            // A constant, as in CPython: True unless compiled with optimisation.
            return self.load_const(Value::bool(self.vm.opt_level == 0));
        }
        let name = &*self.mangled(name);
        match self.storage_of(name) {
            Storage::Fast(i) => self.emit_arg(op::LOAD_FAST, i),
            Storage::Deref(i) => self.emit_arg(op::LOAD_DEREF, i),
            Storage::Global => {
                let i = self.name_index(name)?;
                self.emit_arg(op::LOAD_GLOBAL, i);
            }
            Storage::Name => {
                let i = self.name_index(name)?;
                self.emit_arg(op::LOAD_NAME, i);
            }
        }
        Ok(())
    }

    fn store_name(&mut self, name: &str) -> CResult {
        let name = &*self.mangled(name);
        match self.storage_of(name) {
            Storage::Fast(i) => self.emit_arg(op::STORE_FAST, i),
            Storage::Deref(i) => self.emit_arg(op::STORE_DEREF, i),
            Storage::Global => {
                let i = self.name_index(name)?;
                self.emit_arg(op::STORE_GLOBAL, i);
            }
            Storage::Name => {
                let i = self.name_index(name)?;
                self.emit_arg(op::STORE_NAME, i);
            }
        }
        Ok(())
    }

    fn delete_name(&mut self, name: &str) -> CResult {
        let name = &*self.mangled(name);
        match self.storage_of(name) {
            Storage::Fast(i) => self.emit_arg(op::DELETE_FAST, i),
            Storage::Deref(i) => self.emit_arg(op::DELETE_DEREF, i),
            Storage::Global => {
                let i = self.name_index(name)?;
                self.emit_arg(op::DELETE_GLOBAL, i);
            }
            Storage::Name => {
                let i = self.name_index(name)?;
                self.emit_arg(op::DELETE_NAME, i);
            }
        }
        Ok(())
    }

    // --- nested code units ---

    /// Compiles a function-like body in the next scope and emits `MAKE_FUNCTION` for it; the
    /// defaults (if any) must already be on the stack as `flags` says.
    /// `node` is the key of the scope it opens (`scope::node_key`).
    #[allow(clippy::too_many_arguments)]
    fn make_function(
        &mut self,
        node: usize,
        name: &str,
        params: &'a ast::Parameters,
        span: Span,
        flags: u8,
        body: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let scope = self.scope_of(node, span)?;
        let kind = self.scopes[scope].kind;
        use crate::bytecode::flags::{ASYNC_GENERATOR, COROUTINE, GENERATOR};
        let mut flags = flags;
        let is_async = flags & (COROUTINE | ASYNC_GENERATOR) != 0;
        if self.scopes[scope].has_yield {
            if flags & COROUTINE != 0 {
                flags = (flags & !COROUTINE) | ASYNC_GENERATOR;
            } else if flags & ASYNC_GENERATOR == 0 {
                flags |= GENERATOR;
            }
        }
        let name_q = self.vm.qstrs.intern(name);
        let qualname = self.qualname_for(name);
        let qualname_q = self.vm.qstrs.intern(&qualname);
        let (line, _) = self.lines.line_col(span.start);
        let mut unit = Unit::new(scope, name_q, qualname_q, line);
        unit.is_async = is_async;
        unit.is_async_gen = flags & ASYNC_GENERATOR != 0;
        let parent = core::mem::replace(&mut self.unit, unit);
        self.outer.push(parent);
        let result = body(self);
        let unit = core::mem::replace(
            &mut self.unit,
            self.outer
                .pop()
                .unwrap_or_else(|| Unit::new(0, name_q, name_q, 1)),
        );
        result?;
        if params.vararg.is_some() {
            flags |= crate::bytecode::flags::VARARGS;
        }
        if params.kwarg.is_some() {
            flags |= crate::bytecode::flags::VARKEYWORDS;
        }
        // A comprehension takes one hidden parameter: the iterator `.0`.
        let argcount = if kind == ScopeKind::Comprehension {
            1
        } else {
            (params.posonly.len() + params.args.len()) as u16
        };
        let code = self.finish(
            unit,
            argcount,
            params.posonly.len() as u16,
            params.kwonly.len() as u16,
            flags,
        )?;
        // The closure: the cells of the child's free variables, from this scope's slots.
        if code.flags & crate::bytecode::flags::HAS_CLOSURE != 0 {
            let frees: Vec<String> = self.scopes[scope].frees.clone();
            for free in &frees {
                match self.scope().closure_slot(free) {
                    Some(i) => self.emit_arg(op::LOAD_CLOSURE, i),
                    None => {
                        return Err(SyntaxError::new(
                            "internal error: free variable without a cell",
                            span,
                        ));
                    }
                }
            }
            self.emit_arg(op::BUILD_TUPLE, frees.len() as u16);
        }
        let index = self.unit.codes.len();
        if index > u16::MAX as usize {
            return Err(Self::too_many("functions"));
        }
        self.unit.codes.push(code);
        self.emit_arg(op::MAKE_FUNCTION, index as u16);
        Ok(())
    }

    fn qualname_for(&self, name: &str) -> String {
        if self.unit.scope == 0 {
            return String::from(name);
        }
        let parent = self.vm.qstrs.text(self.unit.qualname);
        let kind = self.scopes[self.unit.scope].kind;
        if matches!(
            kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            alloc::format!("{parent}.<locals>.{name}")
        } else {
            alloc::format!("{parent}.{name}")
        }
    }
}
