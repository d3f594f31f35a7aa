//! Code generation for expressions, with constant folding.

use alloc::string::String;
use alloc::vec::Vec;

use super::stmt::binop;
use super::{CResult, Compiler};
use crate::ast::*;
use crate::bytecode::{BinaryOp, CompareOp, op};
use crate::syntax_error::SyntaxError;
use crate::value::Value;

fn cmpop(op: CmpOp) -> CompareOp {
    match op {
        CmpOp::Eq => CompareOp::Eq,
        CmpOp::NotEq => CompareOp::Ne,
        CmpOp::Lt => CompareOp::Lt,
        CmpOp::LtE => CompareOp::Le,
        CmpOp::Gt => CompareOp::Gt,
        CmpOp::GtE => CompareOp::Ge,
        CmpOp::Is => CompareOp::Is,
        CmpOp::IsNot => CompareOp::IsNot,
        CmpOp::In => CompareOp::In,
        CmpOp::NotIn => CompareOp::NotIn,
    }
}

/// Folded strings longer than this stay run-time operations, to bound code size.
const FOLD_MAX_STR: usize = 4096;

impl<'a> Compiler<'a, '_> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        if let Some(v) = self.fold(e)? {
            return self.load_const(v);
        }
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = self.constant(c, e.span)?;
                self.load_const(v)?;
            }
            ExprKind::Name(n) => {
                self.set_line(e.span);
                self.load_name(n)?;
            }
            ExprKind::BoolOp { op: bop, values } => {
                let jump = if *bop == BoolOp::And {
                    op::JUMP_IF_FALSE_OR_POP
                } else {
                    op::JUMP_IF_TRUE_OR_POP
                };
                let mut ends = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        ends.push(self.jump_forward(jump));
                    }
                }
                ends.into_iter().for_each(|at| self.patch_here(at));
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(op::DUP_TOP);
                self.store(target)?;
            }
            ExprKind::BinOp {
                left,
                op: bop,
                right,
            } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.span);
                self.emit_arg(op::BINARY_OP, binop(*bop) as u16);
            }
            ExprKind::UnaryOp { op: uop, operand } => {
                self.expr(operand)?;
                self.set_line(e.span);
                self.emit(match uop {
                    UnaryOp::Invert => op::INVERT,
                    UnaryOp::Not => op::NOT,
                    UnaryOp::UAdd => op::POS,
                    UnaryOp::USub => op::NEG,
                });
            }
            ExprKind::Lambda { params, body } => {
                let fl = self.defaults(params)?;
                self.make_function(
                    super::scope::node_key(e),
                    "<lambda>",
                    params,
                    e.span,
                    fl,
                    |c| {
                        c.expr(body)?;
                        c.emit(op::RETURN_VALUE);
                        Ok(())
                    },
                )?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let else_ = self.jump_forward(op::POP_JUMP_IF_FALSE);
                self.expr(body)?;
                let end = self.jump_forward(op::JUMP);
                self.patch_here(else_);
                self.expr(orelse)?;
                self.patch_here(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.emit_arg(op::BUILD_SET, 0);
                    for item in items {
                        match &item.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(op::SET_UPDATE);
                            }
                            _ => {
                                self.expr(item)?;
                                self.emit_arg(op::COMP_SET_ADD, 0);
                            }
                        }
                    }
                } else {
                    self.items(items)?;
                    self.emit_arg(op::BUILD_SET, items.len() as u16);
                }
            }
            ExprKind::List(items) => self.sequence_display(items, false)?,
            ExprKind::Tuple(items) => self.sequence_display(items, true)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, Comp::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, Comp::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, Comp::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, Comp::Gen(elt))?
            }
            ExprKind::Await(v) => {
                if !self.scope().is_function() {
                    return Err(SyntaxError::new("'await' outside function", e.span));
                }
                if !self.unit.is_async {
                    return Err(SyntaxError::new("'await' outside async function", e.span));
                }
                self.expr(v)?;
                self.set_line(e.span);
                self.await_top();
            }
            ExprKind::Yield(v) => {
                if !self.scope().is_function() {
                    return Err(SyntaxError::new("'yield' outside function", e.span));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit(op::LOAD_NONE),
                }
                self.set_line(e.span);
                self.emit(op::YIELD_VALUE);
            }
            ExprKind::YieldFrom(v) => {
                if !self.scope().is_function() {
                    return Err(SyntaxError::new("'yield' outside function", e.span));
                }
                if self.unit.is_async {
                    return Err(SyntaxError::new(
                        "'yield from' inside async function",
                        e.span,
                    ));
                }
                self.expr(v)?;
                self.set_line(e.span);
                self.emit(op::GET_YIELD_FROM_ITER);
                self.emit(op::LOAD_NONE);
                self.emit(op::YIELD_FROM);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_line(e.span);
                let i = self.name_index(attr)?;
                self.emit_arg(op::LOAD_ATTR, i);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                let sliced = self.simple_slice(index)?;
                self.set_line(e.span);
                self.emit(if sliced { op::SLICE_SUBSCR } else { op::SUBSCR });
            }
            ExprKind::Starred(_) => {
                return Err(SyntaxError::new(
                    "can't use starred expression here",
                    e.span,
                ));
            }
            ExprKind::Slice { .. } => return Err(SyntaxError::new("invalid syntax", e.span)),
        }
        Ok(())
    }

    fn items(&mut self, items: &'a [Expr]) -> CResult {
        if items.len() > u16::MAX as usize {
            return Err(SyntaxError::new(
                "too many items in a display",
                Span::default(),
            ));
        }
        items.iter().try_for_each(|i| self.expr(i))
    }

    /// A list or tuple display, with `*iterable` items spliced in.
    fn sequence_display(&mut self, items: &'a [Expr], tuple: bool) -> CResult {
        if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            self.items(items)?;
            self.emit_arg(
                if tuple {
                    op::BUILD_TUPLE
                } else {
                    op::BUILD_LIST
                },
                items.len() as u16,
            );
            return Ok(());
        }
        self.emit_arg(op::BUILD_LIST, 0);
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(op::LIST_EXTEND);
                }
                _ => {
                    self.expr(item)?;
                    self.emit(op::LIST_APPEND);
                }
            }
        }
        if tuple {
            self.emit(op::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        if keys.iter().all(|k| k.is_some()) && keys.len() <= u16::MAX as usize {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit_arg(op::BUILD_MAP, keys.len() as u16);
            return Ok(());
        }
        self.emit_arg(op::BUILD_MAP, 0);
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(op::MAP_ADD);
                }
                None => {
                    self.expr(v)?;
                    self.emit(op::DICT_UPDATE);
                }
            }
        }
        Ok(())
    }

    /// For `obj[lower:upper]` (no step), pushes the two bounds (None where left out) and
    /// answers true, for `SLICE_SUBSCR`/`STORE_SLICE`; any other index is pushed as
    /// `subscript_index` does and answers false.
    pub(super) fn simple_slice(&mut self, index: &'a Expr) -> CResult<bool> {
        let ExprKind::Slice {
            lower,
            upper,
            step: None,
        } = &index.kind
        else {
            self.subscript_index(index)?;
            return Ok(false);
        };
        for part in [lower, upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.emit(op::LOAD_NONE),
            }
        }
        Ok(true)
    }

    /// The index of a subscript: a slice builds a slice object.
    pub(super) fn subscript_index(&mut self, index: &'a Expr) -> CResult {
        match &index.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.emit(op::LOAD_NONE),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit_arg(op::BUILD_SLICE, 3);
                    }
                    None => self.emit_arg(op::BUILD_SLICE, 2),
                }
                Ok(())
            }
            ExprKind::Tuple(items)
                if items
                    .iter()
                    .any(|i| matches!(i.kind, ExprKind::Slice { .. })) =>
            {
                for item in items {
                    self.subscript_index(item)?;
                }
                self.emit_arg(op::BUILD_TUPLE, items.len() as u16);
                Ok(())
            }
            _ => self.expr(index),
        }
    }

    fn compare(
        &mut self,
        e: &Expr,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.set_line(e.span);
            self.emit_arg(op::COMPARE_OP, cmpop(ops[0]) as u16);
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for (i, (cop, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < ops.len() {
                self.emit(op::DUP_TOP);
                self.emit(op::ROT_THREE);
                self.emit_arg(op::COMPARE_OP, cmpop(*cop) as u16);
                cleanups.push(self.jump_forward(op::JUMP_IF_FALSE_OR_POP));
            } else {
                self.emit_arg(op::COMPARE_OP, cmpop(*cop) as u16);
            }
        }
        let end = self.jump_forward(op::JUMP);
        cleanups.into_iter().for_each(|at| self.patch_here(at));
        self.emit(op::ROT_TWO);
        self.emit(op::POP_TOP);
        self.patch_here(end);
        Ok(())
    }

    fn call(
        &mut self,
        e: &Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !(starred || dstar || args.len() + keywords.len() > 255)
            && keywords.is_empty()
            && let ExprKind::Attribute { value, attr } = &func.kind
        {
            self.expr(value)?;
            let i = self.name_index(attr)?;
            self.set_line(func.span);
            self.emit_arg(op::LOAD_METHOD, i);
            self.items(args)?;
            self.set_line(e.span);
            self.emit_arg(op::CALL_METHOD, args.len() as u16);
            return Ok(());
        }
        self.expr(func)?;
        self.call_tail(e.span, 0, args, keywords)
    }

    /// Emits the arguments and the call of a callee already on the stack, followed by
    /// `pre` positional arguments already pushed (`__build_class__`'s body and name).
    pub(super) fn call_tail(
        &mut self,
        span: Span,
        pre: u16,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if starred || dstar || args.len() + keywords.len() > 255 {
            // Positional arguments as a tuple.
            self.emit_arg(op::BUILD_LIST, pre);
            for a in args {
                match &a.kind {
                    ExprKind::Starred(inner) => {
                        self.expr(inner)?;
                        self.emit(op::CALL_LIST_EXTEND);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(op::LIST_APPEND);
                    }
                }
            }
            self.emit(op::LIST_TO_TUPLE);
            if keywords.is_empty() {
                self.emit(op::LOAD_NONE);
            } else {
                self.emit_arg(op::BUILD_MAP, 0);
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            let q = self.vm.qstrs.intern(name);
                            self.load_const(Value::qstr(q))?;
                            self.expr(&k.value)?;
                            self.emit(op::CALL_MAP_ADD);
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(op::DICT_MERGE);
                        }
                    }
                }
            }
            self.set_line(span);
            self.emit_arg(op::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        self.items(args)?;
        let npos = args.len() as u16 + pre;
        if keywords.is_empty() {
            self.set_line(span);
            self.emit_arg(op::CALL_FUNCTION, npos);
            return Ok(());
        }
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.expr(&k.value)?;
            let name = &*self.mangled(k.arg.as_deref().unwrap_or(""));
            if names
                .iter()
                .any(|&n| n == Value::qstr(self.vm.qstrs.intern(name)))
            {
                return Err(SyntaxError::new(
                    alloc::format!("keyword argument repeated: {name}"),
                    k.span,
                ));
            }
            names.push(Value::qstr(self.vm.qstrs.intern(name)));
        }
        let names = self.vm.new_tuple(names).map_err(|_| self.out_of_memory())?;
        self.load_const(names)?;
        self.set_line(span);
        self.emit_arg(op::CALL_FUNCTION_KW, npos + keywords.len() as u16);
        Ok(())
    }

    pub(super) fn out_of_memory(&mut self) -> SyntaxError {
        self.vm.pending = Value::NONE;
        SyntaxError::new("out of memory while compiling", Span::default())
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> CResult {
        if parts.is_empty() {
            let v = self
                .vm
                .new_str(String::new())
                .map_err(|_| self.out_of_memory())?;
            return self.load_const(v);
        }
        for part in parts {
            match part {
                FStringPart::Literal(text) => {
                    let v = self.str_const(text)?;
                    self.load_const(v)?;
                }
                FStringPart::Value(fv) => {
                    let n = match &fv.debug_text {
                        Some(text) => {
                            let v = self.str_const(text)?;
                            self.load_const(v)?;
                            1
                        }
                        None => 0,
                    };
                    self.expr(&fv.value)?;
                    let conv = match fv.conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    match &fv.format_spec {
                        Some(spec) => {
                            if conv != 0 {
                                self.emit_arg(op::FORMAT_VALUE, conv);
                            }
                            self.fstring(spec)?;
                            self.emit(op::FORMAT_WITH_SPEC);
                        }
                        None => self.emit_arg(op::FORMAT_VALUE, conv),
                    }
                    if n == 1 {
                        self.emit_arg(op::BUILD_STRING, 2);
                    }
                }
            }
        }
        if parts.len() > 1 {
            if parts.len() > u16::MAX as usize {
                return Err(SyntaxError::new("f-string too long", Span::default()));
            }
            self.emit_arg(op::BUILD_STRING, parts.len() as u16);
        } else if let FStringPart::Literal(_) = parts[0] {
            // A lone literal is already a str.
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        kind: Comp<'a>,
    ) -> CResult {
        use crate::bytecode::flags::{ASYNC_GENERATOR, COROUTINE, GENERATOR};
        // With `async for` or `await` inside, a list, set or dict comprehension is a
        // coroutine the enclosing code awaits, and a generator expression an async generator.
        let scope = self.scope_of(super::scope::node_key(e), e.span)?;
        let is_async = generators.iter().any(|g| g.is_async) || self.scopes[scope].has_await;
        let is_gen = matches!(kind, Comp::Gen(_));
        if is_async && !is_gen && !self.unit.is_async {
            return Err(SyntaxError::new(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            ));
        }
        let name = match kind {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        let flags = match (is_gen, is_async) {
            (true, true) => ASYNC_GENERATOR,
            (true, false) => GENERATOR,
            (false, true) => COROUTINE,
            (false, false) => 0,
        };
        static NO_PARAMS: Parameters = Parameters {
            posonly: Vec::new(),
            args: Vec::new(),
            vararg: None,
            kwonly: Vec::new(),
            kwarg: None,
        };
        self.make_function(
            super::scope::node_key(e),
            name,
            &NO_PARAMS,
            e.span,
            flags,
            |c| {
                match kind {
                    Comp::List(_) => c.emit_arg(op::BUILD_LIST, 0),
                    Comp::Set(_) => c.emit_arg(op::BUILD_SET, 0),
                    Comp::Dict(..) => c.emit_arg(op::BUILD_MAP, 0),
                    Comp::Gen(_) => {}
                }
                c.comp_loops(generators, 0, kind)?;
                if let Comp::Gen(_) = kind {
                    c.emit(op::LOAD_NONE);
                }
                c.emit(op::RETURN_VALUE);
                Ok(())
            },
        )?;
        // The comprehension's one parameter `.0` is the first iterator.
        self.expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async {
            op::GET_AITER
        } else {
            op::GET_ITER
        });
        self.emit_arg(op::CALL_FUNCTION, 1);
        if is_async && !is_gen {
            self.await_top();
        }
        Ok(())
    }

    fn comp_loops(&mut self, generators: &'a [Comprehension], i: usize, kind: Comp<'a>) -> CResult {
        let g = &generators[i];
        if i == 0 {
            self.emit_arg(op::LOAD_FAST, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                op::GET_AITER
            } else {
                op::GET_ITER
            });
        }
        let start = self.here();
        // `async for` in a comprehension: the next item is awaited, and StopAsyncIteration
        // from it ends the loop (END_ASYNC_FOR), as in the statement.
        let exit = if g.is_async {
            let end = self.jump_forward(op::SETUP_EXCEPT);
            self.emit(op::GET_ANEXT);
            self.await_top();
            self.emit(op::POP_BLOCK);
            end
        } else {
            self.jump_forward(op::FOR_ITER)
        };
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit_jump(op::POP_JUMP_IF_FALSE, start);
        }
        if i + 1 < generators.len() {
            self.comp_loops(generators, i + 1, kind)?;
        } else {
            let depth = (generators.len()) as u16;
            match kind {
                Comp::List(elt) => {
                    self.expr(elt)?;
                    self.emit_arg(op::COMP_LIST_APPEND, depth);
                }
                Comp::Set(elt) => {
                    self.expr(elt)?;
                    self.emit_arg(op::COMP_SET_ADD, depth);
                }
                Comp::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit_arg(op::COMP_MAP_ADD, depth);
                }
                Comp::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(op::YIELD_VALUE);
                    self.emit(op::POP_TOP);
                }
            }
        }
        self.emit_jump(op::JUMP, start);
        self.patch_here(exit);
        if g.is_async {
            self.emit(op::END_ASYNC_FOR);
        }
        Ok(())
    }

    // --- constants ---

    pub(super) fn str_const(&mut self, text: &str) -> CResult<Value> {
        if text.len() <= 64 {
            return Ok(Value::qstr(self.vm.qstrs.intern(text)));
        }
        self.vm.new_str_from(text).map_err(|_| self.out_of_memory())
    }

    fn constant(&mut self, c: &Constant, span: Span) -> CResult<Value> {
        let v = match c {
            Constant::None => Value::NONE,
            Constant::True => Value::TRUE,
            Constant::False => Value::FALSE,
            Constant::Ellipsis => Value::ELLIPSIS,
            Constant::Int(Int::Small(i)) => {
                self.vm.new_int(*i).map_err(|_| self.out_of_memory())?
            }
            Constant::Int(Int::Big { digits, radix }) => {
                match num_bigint::BigInt::parse_bytes(digits.as_bytes(), *radix) {
                    Some(b) => self.vm.new_bigint(b).map_err(|_| self.out_of_memory())?,
                    None => return Err(SyntaxError::new("invalid integer literal", span)),
                }
            }
            Constant::Float(f) => self.vm.new_float(*f).map_err(|_| self.out_of_memory())?,
            Constant::Imaginary(f) => self
                .vm
                .new_complex(crate::types::complex::C { re: 0.0, im: *f })
                .map_err(|_| self.out_of_memory())?,
            Constant::Str(s) => self.str_const(s)?,
            Constant::Bytes(b) => self
                .vm
                .new_bytes(b.clone())
                .map_err(|_| self.out_of_memory())?,
        };
        Ok(v)
    }

    /// The value of `e` when it is a constant expression that folds safely.
    fn fold(&mut self, e: &Expr) -> CResult<Option<Value>> {
        match &e.kind {
            ExprKind::UnaryOp { op: uop, operand }
                if matches!(uop, UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert) =>
            {
                let Some(v) = self.fold_operand(operand)? else {
                    return Ok(None);
                };
                if !self.is_number(v) {
                    return Ok(None);
                }
                let r = match uop {
                    UnaryOp::USub => self.vm.unary_neg(v),
                    UnaryOp::UAdd => self.vm.unary_pos(v),
                    _ => self.vm.unary_invert(v),
                };
                Ok(self.folded(r))
            }
            ExprKind::BinOp {
                left,
                op: bop,
                right,
            } => {
                let Some(a) = self.fold_operand(left)? else {
                    return Ok(None);
                };
                let Some(b) = self.fold_operand(right)? else {
                    return Ok(None);
                };
                let bop = binop(*bop);
                if !self.fold_is_cheap(a, bop, b) {
                    return Ok(None);
                }
                let r = self.vm.binary_op(bop, a, b, false);
                Ok(self.folded(r))
            }
            _ => Ok(None),
        }
    }

    fn fold_operand(&mut self, e: &Expr) -> CResult<Option<Value>> {
        match &e.kind {
            ExprKind::Constant(c @ (Constant::Int(_) | Constant::Float(_) | Constant::Str(_))) => {
                Ok(Some(self.constant(c, e.span)?))
            }
            ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => self.fold(e),
            _ => Ok(None),
        }
    }

    fn folded(&mut self, r: crate::vm::PyResult) -> Option<Value> {
        match r {
            Ok(v) => Some(v),
            Err(_) => {
                // The operation raises: leave it to run time, where it raises properly.
                self.vm.pending = Value::NONE;
                None
            }
        }
    }

    fn is_number(&self, v: Value) -> bool {
        self.vm.is_int(v) || self.vm.is_float(v)
    }

    /// Only fold what cannot blow up in size or time.
    fn fold_is_cheap(&self, a: Value, bop: BinaryOp, b: Value) -> bool {
        let small =
            |v: Value, limit: i64| v.as_small().is_some_and(|i| (-limit..=limit).contains(&i));
        let vm = &*self.vm;
        let (a_str, b_str) = (vm.str_text(a), vm.str_text(b));
        match (a_str, b_str) {
            (Some(x), Some(y)) => bop == BinaryOp::Add && x.len() + y.len() <= FOLD_MAX_STR,
            (Some(x), None) | (None, Some(x)) => {
                bop == BinaryOp::Mul
                    && [a, b].iter().any(|&v| {
                        v.as_small().is_some_and(|n| {
                            n >= 0
                                && (n as usize)
                                    .checked_mul(x.len().max(1))
                                    .is_some_and(|size| size <= FOLD_MAX_STR)
                        })
                    })
            }
            (None, None) => {
                if !self.is_number(a) || !self.is_number(b) {
                    return false;
                }
                match bop {
                    BinaryOp::Pow => small(b, 128) && (vm.is_float(a) || vm.int_bits(a) <= 64),
                    BinaryOp::LShift => small(b, 128) && vm.int_bits(a) <= 128,
                    BinaryOp::Mul => vm.int_bits(a) + vm.int_bits(b) <= 256,
                    BinaryOp::MatMul => false,
                    _ => true,
                }
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    /// A generator expression: yields each item.
    Gen(&'a Expr),
}
