//! The generator's program model: just enough of Python's syntax tree to write the programs the
//! generator builds, and [`Program::to_source`], which prints it with the fewest parentheses
//! Python's precedence allows (so the parser's precedence rules are exercised too).

use std::fmt::Write;

/// A whole generated program: its top-level statements in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Program {
    pub body: Vec<Stmt>,
}

/// A statement.
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// An expression evaluated for its effect (a call).
    Expr(Expr),
    /// `target = value`; the target is a name, subscript, slice or tuple of names.
    Assign(Expr, Expr),
    /// `target op= value`.
    AugAssign(Expr, BinOp, Expr),
    /// `del target`.
    Del(Expr),
    /// `if c1: ... elif c2: ... else: ...` (the branches in order; `else` when present).
    If(Vec<(Expr, Vec<Stmt>)>, Option<Vec<Stmt>>),
    /// `for target in iter: body else: orelse`.
    For(Expr, Expr, Vec<Stmt>, Option<Vec<Stmt>>),
    /// `while test: body else: orelse`.
    While(Expr, Vec<Stmt>, Option<Vec<Stmt>>),
    Try(Try),
    /// `raise` or `raise value`.
    Raise(Option<Expr>),
    /// `assert test` or `assert test, message`.
    Assert(Expr, Option<Expr>),
    Return(Option<Expr>),
    Break,
    Continue,
    Pass,
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Def(Function),
    /// `with cm1 as t1, cm2: body`: each context manager with its optional target.
    With(Vec<(Expr, Option<Expr>)>, Vec<Stmt>),
    Class(Class),
}

/// `class name(bases): body`.
#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub name: String,
    pub bases: Vec<String>,
    pub body: Vec<Stmt>,
}

/// `try: body except ...: ... else: ... finally: ...`.
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<Handler>,
    pub orelse: Option<Vec<Stmt>>,
    pub finally: Option<Vec<Stmt>>,
}

/// One `except` clause: the exception types it catches (none: a bare `except:`), the name it
/// binds and its body.
#[derive(Clone, Debug, PartialEq)]
pub struct Handler {
    pub types: Vec<String>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

/// `@decorators def name(params, *star, **double_star): body`.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Decorator expressions, outermost first, each written after an `@`.
    pub decorators: Vec<String>,
    pub name: String,
    pub params: Vec<(String, Option<Expr>)>,
    pub star: Option<String>,
    pub double_star: Option<String>,
    pub body: Vec<Stmt>,
}

/// An expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A literal, already in source form (a number, a string, `None`, `True`); a negative
    /// number is a `Unary` around a literal.
    Lit(String),
    Name(String),
    Unary(UnOp, Box<Expr>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    /// `a < b <= c`: the first operand and each comparison with its right operand.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    /// `a and b` (`true`) or `a or b` (`false`).
    BoolOp(bool, Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    /// `body if test else orelse`.
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Arg>),
    Attr(Box<Expr>, String),
    Index(Box<Expr>, Box<Expr>),
    /// `value[lower:upper:step]`.
    Slice(Box<Expr>, [Option<Box<Expr>>; 3]),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    /// `{a, b}` (never empty: `{}` is a dict).
    Set(Vec<Expr>),
    /// `[elt for target in iter if cond]`, a set comprehension or generator expression (see
    /// [`CompKind`]), or a dict comprehension when `value` is present: `{elt: value for ...}`.
    Comp(Box<Comprehension>),
    /// `yield value` or `yield`; written in parentheses except as a whole statement or the
    /// value of an assignment.
    Yield(Option<Box<Expr>>),
    /// `yield from value`, parenthesised like [`Expr::Yield`].
    YieldFrom(Box<Expr>),
    /// `lambda params: body`.
    Lambda(Vec<(String, Option<Expr>)>, Box<Expr>),
    FString(Vec<FPart>),
    /// `*value` (in a call, a list display or an assignment target).
    Starred(Box<Expr>),
}

/// The parts of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub kind: CompKind,
    pub elt: Expr,
    pub value: Option<Expr>,
    pub target: Expr,
    pub iter: Expr,
    pub cond: Option<Expr>,
}

/// What a comprehension builds (a dict comprehension is a `List` one with a `value`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CompKind {
    #[default]
    List,
    Set,
    /// A generator expression; the only argument of a call is written without its own
    /// parentheses.
    Gen,
}

/// A call argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Pos(Expr),
    Kw(String, Expr),
    /// `**mapping`.
    DoubleStar(Expr),
}

/// A piece of an f-string: text, or a replacement field with its conversion and format spec.
#[derive(Clone, Debug, PartialEq)]
pub enum FPart {
    Text(String),
    Field(Expr, Option<char>, String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }

    fn precedence(self) -> u8 {
        match self {
            BinOp::BitOr => prec::BIT_OR,
            BinOp::BitXor => prec::BIT_XOR,
            BinOp::BitAnd => prec::BIT_AND,
            BinOp::LShift | BinOp::RShift => prec::SHIFT,
            BinOp::Add | BinOp::Sub => prec::ARITH,
            BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod => prec::TERM,
            BinOp::Pow => prec::POWER,
        }
    }
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

/// Python's precedence levels, lowest first.
mod prec {
    pub const YIELD: u8 = 0;
    pub const LAMBDA: u8 = 1;
    pub const IF_EXP: u8 = 2;
    pub const OR: u8 = 3;
    pub const AND: u8 = 4;
    pub const NOT: u8 = 5;
    pub const COMPARE: u8 = 6;
    pub const BIT_OR: u8 = 7;
    pub const BIT_XOR: u8 = 8;
    pub const BIT_AND: u8 = 9;
    pub const SHIFT: u8 = 10;
    pub const ARITH: u8 = 11;
    pub const TERM: u8 = 12;
    pub const UNARY: u8 = 13;
    pub const POWER: u8 = 14;
    pub const PRIMARY: u8 = 15;
}

impl Expr {
    pub fn name(name: impl Into<String>) -> Expr {
        Expr::Name(name.into())
    }

    pub fn lit(text: impl Into<String>) -> Expr {
        Expr::Lit(text.into())
    }

    /// An integer literal; negative values become a unary minus.
    pub fn int(n: i64) -> Expr {
        if n < 0 {
            Expr::Unary(UnOp::Neg, Box::new(Expr::Lit(n.unsigned_abs().to_string())))
        } else {
            Expr::Lit(n.to_string())
        }
    }

    pub fn bin(op: BinOp, a: Expr, b: Expr) -> Expr {
        Expr::Bin(op, Box::new(a), Box::new(b))
    }

    pub fn call(func: &str, args: Vec<Expr>) -> Expr {
        Expr::Call(
            Box::new(Expr::name(func)),
            args.into_iter().map(Arg::Pos).collect(),
        )
    }

    pub fn method(receiver: Expr, name: &str, args: Vec<Expr>) -> Expr {
        Expr::Call(
            Box::new(Expr::Attr(Box::new(receiver), name.into())),
            args.into_iter().map(Arg::Pos).collect(),
        )
    }

    pub fn compare(a: Expr, op: CmpOp, b: Expr) -> Expr {
        Expr::Compare(Box::new(a), vec![(op, b)])
    }

    fn precedence(&self) -> u8 {
        match self {
            Expr::Yield(_) | Expr::YieldFrom(_) => prec::YIELD,
            Expr::Lambda(..) => prec::LAMBDA,
            Expr::IfExp(..) => prec::IF_EXP,
            Expr::BoolOp(false, ..) => prec::OR,
            Expr::BoolOp(true, ..) => prec::AND,
            Expr::Not(_) => prec::NOT,
            Expr::Compare(..) => prec::COMPARE,
            Expr::Bin(op, ..) => op.precedence(),
            Expr::Unary(..) => prec::UNARY,
            // A starred item is only ever written where the grammar allows it, never in
            // parentheses (`(*a)` is an error).
            Expr::Starred(_) => prec::PRIMARY,
            _ => prec::PRIMARY,
        }
    }

    /// Writes the expression, parenthesised if its precedence is below `min`.
    fn write(&self, out: &mut String, min: u8) {
        if self.precedence() < min {
            out.push('(');
            self.write_bare(out);
            out.push(')');
        } else {
            self.write_bare(out);
        }
    }

    fn write_bare(&self, out: &mut String) {
        match self {
            Expr::Lit(text) | Expr::Name(text) => out.push_str(text),
            Expr::Unary(op, e) => {
                out.push_str(match op {
                    UnOp::Neg => "-",
                    UnOp::Pos => "+",
                    UnOp::Invert => "~",
                });
                e.write(out, prec::UNARY);
            }
            Expr::Bin(op, a, b) => {
                let p = op.precedence();
                // `**` binds right to left, and its left operand cannot be a unary operation.
                let (left, right) = if *op == BinOp::Pow {
                    (prec::PRIMARY, prec::UNARY)
                } else {
                    (p, p + 1)
                };
                a.write(out, left);
                let _ = write!(out, " {} ", op.symbol());
                b.write(out, right);
            }
            Expr::Compare(first, rest) => {
                first.write(out, prec::COMPARE + 1);
                for (op, e) in rest {
                    let _ = write!(out, " {} ", op.symbol());
                    e.write(out, prec::COMPARE + 1);
                }
            }
            Expr::BoolOp(and, a, b) => {
                let p = if *and { prec::AND } else { prec::OR };
                a.write(out, p);
                out.push_str(if *and { " and " } else { " or " });
                b.write(out, p + 1);
            }
            Expr::Not(e) => {
                out.push_str("not ");
                e.write(out, prec::NOT);
            }
            Expr::IfExp(body, test, orelse) => {
                body.write(out, prec::OR);
                out.push_str(" if ");
                test.write(out, prec::OR);
                out.push_str(" else ");
                orelse.write(out, prec::IF_EXP);
            }
            Expr::Call(func, args) => {
                func.write(out, prec::PRIMARY);
                if let [Arg::Pos(Expr::Comp(c))] = args.as_slice()
                    && c.kind == CompKind::Gen
                    && c.value.is_none()
                {
                    out.push('(');
                    c.write_inside(out);
                    out.push(')');
                    return;
                }
                out.push('(');
                for (i, arg) in args.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    match arg {
                        Arg::Pos(e) => e.write(out, prec::LAMBDA),
                        Arg::Kw(name, e) => {
                            let _ = write!(out, "{name}=");
                            e.write(out, prec::LAMBDA);
                        }
                        Arg::DoubleStar(e) => {
                            out.push_str("**");
                            e.write(out, prec::PRIMARY);
                        }
                    }
                }
                out.push(')');
            }
            Expr::Attr(value, name) => {
                // `1.bit_length` would lex as a float.
                if matches!(&**value, Expr::Lit(t) if t.starts_with(|c: char| c.is_ascii_digit())) {
                    out.push('(');
                    value.write_bare(out);
                    out.push(')');
                } else {
                    value.write(out, prec::PRIMARY);
                }
                let _ = write!(out, ".{name}");
            }
            Expr::Index(value, index) => {
                value.write(out, prec::PRIMARY);
                out.push('[');
                index.write(out, prec::IF_EXP);
                out.push(']');
            }
            Expr::Slice(value, parts) => {
                value.write(out, prec::PRIMARY);
                out.push('[');
                for (i, part) in parts.iter().enumerate() {
                    if i == 1 || (i == 2 && part.is_some()) {
                        out.push(':');
                    }
                    if let Some(e) = part {
                        e.write(out, prec::IF_EXP);
                    }
                }
                out.push(']');
            }
            Expr::List(items) => {
                out.push('[');
                write_items(out, items);
                out.push(']');
            }
            Expr::Tuple(items) => {
                out.push('(');
                write_items(out, items);
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Expr::Dict(items) => {
                out.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    k.write(out, prec::IF_EXP);
                    out.push_str(": ");
                    v.write(out, prec::IF_EXP);
                }
                out.push('}');
            }
            Expr::Set(items) => {
                out.push('{');
                write_items(out, items);
                out.push('}');
            }
            Expr::Comp(c) => {
                let (open, close) = match c.kind {
                    _ if c.value.is_some() => ('{', '}'),
                    CompKind::List => ('[', ']'),
                    CompKind::Set => ('{', '}'),
                    CompKind::Gen => ('(', ')'),
                };
                out.push(open);
                c.write_inside(out);
                out.push(close);
            }
            Expr::Yield(value) => {
                out.push_str("yield");
                if let Some(v) = value {
                    out.push(' ');
                    v.write(out, prec::LAMBDA);
                }
            }
            Expr::YieldFrom(value) => {
                out.push_str("yield from ");
                value.write(out, prec::LAMBDA);
            }
            Expr::Lambda(params, body) => {
                out.push_str("lambda");
                for (i, (name, default)) in params.iter().enumerate() {
                    out.push_str(if i == 0 { " " } else { ", " });
                    out.push_str(name);
                    if let Some(d) = default {
                        out.push('=');
                        d.write(out, prec::IF_EXP);
                    }
                }
                out.push_str(": ");
                body.write(out, prec::LAMBDA);
            }
            Expr::FString(parts) => {
                out.push_str("f'");
                for part in parts {
                    match part {
                        FPart::Text(t) => {
                            let escaped = escape_str_body(t, '\'');
                            out.push_str(&escaped.replace('{', "{{").replace('}', "}}"));
                        }
                        FPart::Field(e, conversion, spec) => {
                            out.push('{');
                            // A space keeps `{ {...} }` from reading as an escaped brace.
                            if matches!(e, Expr::Dict(_) | Expr::Comp(_)) {
                                out.push(' ');
                            }
                            e.write(out, prec::IF_EXP);
                            if let Some(c) = conversion {
                                let _ = write!(out, "!{c}");
                            }
                            if !spec.is_empty() {
                                let _ = write!(out, ":{spec}");
                            }
                            out.push('}');
                        }
                    }
                }
                out.push('\'');
            }
            Expr::Starred(e) => {
                out.push('*');
                e.write(out, prec::PRIMARY);
            }
        }
    }

    /// The expression as Python source.
    pub fn to_source(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, prec::LAMBDA);
        out
    }
}

impl Comprehension {
    /// Everything between the brackets: `elt[: value] for target in iter[ if cond]`.
    fn write_inside(&self, out: &mut String) {
        self.elt.write(out, prec::IF_EXP);
        if let Some(v) = &self.value {
            out.push_str(": ");
            v.write(out, prec::IF_EXP);
        }
        out.push_str(" for ");
        write_target(out, &self.target);
        out.push_str(" in ");
        self.iter.write(out, prec::OR);
        if let Some(cond) = &self.cond {
            out.push_str(" if ");
            cond.write(out, prec::OR);
        }
    }
}

fn write_items(out: &mut String, items: &[Expr]) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        e.write(out, prec::IF_EXP);
    }
}

/// An assignment or loop target: a tuple of targets is written without parentheses.
fn write_target(out: &mut String, target: &Expr) {
    match target {
        Expr::Tuple(items) if !items.is_empty() => {
            write_items(out, items);
            if items.len() == 1 {
                out.push(',');
            }
        }
        other => other.write(out, prec::PRIMARY),
    }
}

/// The body of a Python string literal for `s`, quoted with `quote`.
pub fn escape_str_body(s: &str, quote: char) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// A string literal for `s`, single-quoted.
pub fn str_lit(s: &str) -> Expr {
    Expr::Lit(format!("'{}'", escape_str_body(s, '\'')))
}

impl Stmt {
    fn write(&self, out: &mut String, indent: usize) {
        let pad = "    ".repeat(indent);
        out.push_str(&pad);
        match self {
            Stmt::Expr(e) => e.write(out, prec::YIELD),
            Stmt::Assign(target, value) => {
                write_target(out, target);
                out.push_str(" = ");
                value.write(out, prec::YIELD);
            }
            Stmt::AugAssign(target, op, value) => {
                target.write(out, prec::PRIMARY);
                let _ = write!(out, " {}= ", op.symbol());
                value.write(out, prec::LAMBDA);
            }
            Stmt::Del(target) => {
                out.push_str("del ");
                write_target(out, target);
            }
            Stmt::If(branches, orelse) => {
                for (i, (test, body)) in branches.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&pad);
                        out.push_str("el");
                    }
                    out.push_str("if ");
                    test.write(out, prec::IF_EXP);
                    out.push(':');
                    write_block(out, body, indent);
                }
                write_clause(out, "else", orelse.as_deref(), indent);
                return;
            }
            Stmt::For(target, iter, body, orelse) => {
                out.push_str("for ");
                write_target(out, target);
                out.push_str(" in ");
                iter.write(out, prec::IF_EXP);
                out.push(':');
                write_block(out, body, indent);
                write_clause(out, "else", orelse.as_deref(), indent);
                return;
            }
            Stmt::While(test, body, orelse) => {
                out.push_str("while ");
                test.write(out, prec::IF_EXP);
                out.push(':');
                write_block(out, body, indent);
                write_clause(out, "else", orelse.as_deref(), indent);
                return;
            }
            Stmt::Try(t) => {
                out.push_str("try:");
                write_block(out, &t.body, indent);
                for h in &t.handlers {
                    out.push_str(&pad);
                    out.push_str("except");
                    match h.types.as_slice() {
                        [] => {}
                        [one] => {
                            let _ = write!(out, " {one}");
                        }
                        many => {
                            let _ = write!(out, " ({})", many.join(", "));
                        }
                    }
                    if let Some(name) = &h.name {
                        let _ = write!(out, " as {name}");
                    }
                    out.push(':');
                    write_block(out, &h.body, indent);
                }
                write_clause(out, "else", t.orelse.as_deref(), indent);
                write_clause(out, "finally", t.finally.as_deref(), indent);
                return;
            }
            Stmt::Raise(e) => {
                out.push_str("raise");
                if let Some(e) = e {
                    out.push(' ');
                    e.write(out, prec::IF_EXP);
                }
            }
            Stmt::Assert(test, msg) => {
                out.push_str("assert ");
                test.write(out, prec::IF_EXP);
                if let Some(m) = msg {
                    out.push_str(", ");
                    m.write(out, prec::IF_EXP);
                }
            }
            Stmt::Return(e) => {
                out.push_str("return");
                if let Some(e) = e {
                    out.push(' ');
                    e.write(out, prec::LAMBDA);
                }
            }
            Stmt::Break => out.push_str("break"),
            Stmt::Continue => out.push_str("continue"),
            Stmt::Pass => out.push_str("pass"),
            Stmt::Global(names) => {
                let _ = write!(out, "global {}", names.join(", "));
            }
            Stmt::Nonlocal(names) => {
                let _ = write!(out, "nonlocal {}", names.join(", "));
            }
            Stmt::With(items, body) => {
                out.push_str("with ");
                for (i, (cm, target)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    cm.write(out, prec::IF_EXP);
                    if let Some(t) = target {
                        out.push_str(" as ");
                        t.write(out, prec::PRIMARY);
                    }
                }
                out.push(':');
                write_block(out, body, indent);
                return;
            }
            Stmt::Class(c) => {
                let _ = write!(out, "class {}", c.name);
                if !c.bases.is_empty() {
                    let _ = write!(out, "({})", c.bases.join(", "));
                }
                out.push(':');
                write_block(out, &c.body, indent);
                return;
            }
            Stmt::Def(f) => {
                for d in &f.decorators {
                    let _ = write!(out, "@{d}\n{pad}");
                }
                let _ = write!(out, "def {}(", f.name);
                let mut first = true;
                let mut sep = |out: &mut String| {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                };
                for (name, default) in &f.params {
                    sep(out);
                    out.push_str(name);
                    if let Some(d) = default {
                        out.push('=');
                        d.write(out, prec::IF_EXP);
                    }
                }
                if let Some(s) = &f.star {
                    sep(out);
                    let _ = write!(out, "*{s}");
                }
                if let Some(s) = &f.double_star {
                    sep(out);
                    let _ = write!(out, "**{s}");
                }
                out.push_str("):");
                write_block(out, &f.body, indent);
                return;
            }
        }
        out.push('\n');
    }
}

fn write_block(out: &mut String, body: &[Stmt], indent: usize) {
    out.push('\n');
    if body.is_empty() {
        Stmt::Pass.write(out, indent + 1);
    }
    for s in body {
        s.write(out, indent + 1);
    }
}

fn write_clause(out: &mut String, keyword: &str, body: Option<&[Stmt]>, indent: usize) {
    if let Some(body) = body {
        let _ = write!(out, "{}{keyword}:", "    ".repeat(indent));
        write_block(out, body, indent);
    }
}

impl Program {
    /// The program as Python source.
    pub fn to_source(&self) -> String {
        let mut out = String::new();
        for s in &self.body {
            s.write(&mut out, 0);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(e: Expr) -> String {
        e.to_source()
    }

    #[test]
    fn parentheses_follow_precedence() {
        let a = || Expr::name("a");
        let b = || Expr::name("b");
        assert_eq!(
            src(Expr::bin(BinOp::Mul, Expr::bin(BinOp::Add, a(), b()), a())),
            "(a + b) * a"
        );
        assert_eq!(
            src(Expr::bin(BinOp::Sub, a(), Expr::bin(BinOp::Sub, a(), b()))),
            "a - (a - b)"
        );
        assert_eq!(
            src(Expr::bin(BinOp::Pow, Expr::int(-2), Expr::int(-1))),
            "(-2) ** -1"
        );
        assert_eq!(
            src(Expr::bin(BinOp::Pow, Expr::bin(BinOp::Pow, a(), b()), a())),
            "(a ** b) ** a"
        );
        assert_eq!(
            src(Expr::Unary(
                UnOp::Neg,
                Box::new(Expr::bin(BinOp::Pow, a(), b()))
            )),
            "-a ** b"
        );
        assert_eq!(
            src(Expr::method(Expr::int(5), "bit_length", vec![])),
            "(5).bit_length()"
        );
        assert_eq!(src(Expr::Tuple(vec![a()])), "(a,)");
        assert_eq!(
            src(Expr::Not(Box::new(Expr::compare(a(), CmpOp::NotIn, b())))),
            "not a not in b"
        );
    }

    #[test]
    fn yields_genexps_classes_and_with() {
        let g = || {
            Expr::Comp(Box::new(Comprehension {
                kind: CompKind::Gen,
                elt: Expr::name("x"),
                value: None,
                target: Expr::name("x"),
                iter: Expr::name("l"),
                cond: None,
            }))
        };
        assert_eq!(src(Expr::call("sum", vec![g()])), "sum(x for x in l)");
        assert_eq!(
            src(Expr::call("next", vec![g(), Expr::int(0)])),
            "next((x for x in l), 0)"
        );
        let y = Expr::Yield(Some(Box::new(Expr::name("v"))));
        assert_eq!(
            src(Expr::call("print", vec![y.clone()])),
            "print((yield v))"
        );
        let body = vec![
            Stmt::Assign(Expr::name("r"), y),
            Stmt::Expr(Expr::YieldFrom(Box::new(Expr::name("g")))),
        ];
        let def = Stmt::Def(Function {
            decorators: vec!["staticmethod".into()],
            name: "m".into(),
            params: vec![],
            star: None,
            double_star: None,
            body,
        });
        let class = Stmt::Class(Class {
            name: "C".into(),
            bases: vec!["B".into(), "M".into()],
            body: vec![def],
        });
        let with = Stmt::With(
            vec![
                (Expr::call("CM", vec![]), Some(Expr::name("t"))),
                (Expr::call("CM", vec![]), None),
            ],
            vec![],
        );
        let source = Program {
            body: vec![class, with],
        }
        .to_source();
        assert_eq!(
            source,
            "class C(B, M):\n    @staticmethod\n    def m():\n        r = yield v\n        \
             yield from g\nwith CM() as t, CM():\n    pass\n"
        );
    }

    #[test]
    fn fstring_escapes_braces_and_quotes() {
        let f = Expr::FString(vec![
            FPart::Text("{x}'\n".into()),
            FPart::Field(Expr::name("x"), Some('r'), ">5".into()),
        ]);
        assert_eq!(src(f), r"f'{{x}}\'\n{x!r:>5}'");
    }
}
