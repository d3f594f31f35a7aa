//! Parser tests. The AST is printed as compact S-expressions so that tests can state the
//! expected shape of a tree in one line.

mod depth;
mod errors;
mod exprs;
mod fstrings;
mod stmts;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::parse_module;
use crate::ast::*;
use crate::syntax_error::SyntaxError;

pub fn parse(src: &str) -> Module {
    match parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("unexpected error for {src:?}: {e:?}"),
    }
}

pub fn err(src: &str) -> SyntaxError {
    match parse_module(src) {
        Ok(m) => panic!("expected an error for {src:?}, got {m:?}"),
        Err(e) => e,
    }
}

pub fn msg(src: &str) -> String {
    err(src).msg
}

/// The S-expression of the single expression statement `src`.
pub fn ex(src: &str) -> String {
    let m = parse(src);
    match &m.body[..] {
        [
            Stmt {
                kind: StmtKind::Expr(e),
                ..
            },
        ] => sexp(e),
        _ => panic!("not one expression: {m:?}"),
    }
}

/// The S-expressions of all statements of `src`, separated by spaces.
pub fn st(src: &str) -> String {
    let m = parse(src);
    stmts(&m.body)
}

fn stmts(body: &[Stmt]) -> String {
    let v: Vec<String> = body.iter().map(stmt).collect();
    v.join(" ")
}

fn block(body: &[Stmt]) -> String {
    format!("[{}]", stmts(body))
}

fn opt(e: &Option<Expr>) -> String {
    e.as_ref().map_or(String::from("_"), sexp)
}

fn list(es: &[Expr]) -> String {
    let v: Vec<String> = es.iter().map(sexp).collect();
    v.join(" ")
}

fn tagged(tag: &str, es: &[Expr]) -> String {
    if es.is_empty() {
        format!("({tag})")
    } else {
        format!("({tag} {})", list(es))
    }
}

fn bin(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

fn cmp(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}

pub fn params(p: &Parameters) -> String {
    let one = |p: &Param| {
        let mut s = p.name.clone();
        if let Some(a) = &p.annotation {
            s.push(':');
            s.push_str(&sexp(a));
        }
        if let Some(d) = &p.default {
            s.push('=');
            s.push_str(&sexp(d));
        }
        s
    };
    let mut parts: Vec<String> = Vec::new();
    parts.extend(p.posonly.iter().map(one));
    if !p.posonly.is_empty() {
        parts.push(String::from("/"));
    }
    parts.extend(p.args.iter().map(one));
    match &p.vararg {
        Some(v) => parts.push(format!("*{}", one(v))),
        None if !p.kwonly.is_empty() => parts.push(String::from("*")),
        None => {}
    }
    parts.extend(p.kwonly.iter().map(one));
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", one(k)));
    }
    format!("({})", parts.join(" "))
}

fn comps(gens: &[Comprehension]) -> String {
    let v: Vec<String> = gens
        .iter()
        .map(|g| {
            let mut s = format!(
                "({}for {} {}",
                if g.is_async { "async-" } else { "" },
                sexp(&g.target),
                sexp(&g.iter)
            );
            for c in &g.ifs {
                s.push_str(&format!(" (if {})", sexp(c)));
            }
            s.push(')');
            s
        })
        .collect();
    v.join(" ")
}

fn fparts(parts: &[FStringPart]) -> String {
    let v: Vec<String> = parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Value(v) => {
                let mut s = format!("{{{}", sexp(&v.value));
                if let Some(d) = &v.debug_text {
                    s.push_str(&format!(" ={d:?}"));
                }
                if let Some(c) = v.conversion {
                    s.push_str(&format!(" !{c}"));
                }
                if let Some(spec) = &v.format_spec {
                    s.push_str(&format!(" :{}", fparts(spec)));
                }
                s.push('}');
                s
            }
        })
        .collect();
    format!("[{}]", v.join(" "))
}

pub fn sexp(e: &Expr) -> String {
    use ExprKind as K;
    match &e.kind {
        K::BoolOp { op, values } => tagged(if *op == BoolOp::And { "and" } else { "or" }, values),
        K::NamedExpr { target, value } => format!("(:= {} {})", sexp(target), sexp(value)),
        K::BinOp { left, op, right } => format!("({} {} {})", bin(*op), sexp(left), sexp(right)),
        K::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not",
                UnaryOp::UAdd => "+",
                UnaryOp::USub => "-",
            };
            format!("({o} {})", sexp(operand))
        }
        K::Lambda { params: p, body } => format!("(lambda {} {})", params(p), sexp(body)),
        K::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sexp(test), sexp(body), sexp(orelse))
        }
        K::Dict { keys, values } => {
            let v: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", sexp(k), sexp(v)),
                    None => format!("**{}", sexp(v)),
                })
                .collect();
            format!(
                "(dict{}{})",
                if v.is_empty() { "" } else { " " },
                v.join(" ")
            )
        }
        K::Set(es) => tagged("set", es),
        K::ListComp { elt, generators } => {
            format!("(listcomp {} {})", sexp(elt), comps(generators))
        }
        K::SetComp { elt, generators } => format!("(setcomp {} {})", sexp(elt), comps(generators)),
        K::DictComp {
            key,
            value,
            generators,
        } => {
            format!(
                "(dictcomp {}:{} {})",
                sexp(key),
                sexp(value),
                comps(generators)
            )
        }
        K::GeneratorExp { elt, generators } => {
            format!("(genexp {} {})", sexp(elt), comps(generators))
        }
        K::Await(x) => format!("(await {})", sexp(x)),
        K::Yield(None) => String::from("(yield)"),
        K::Yield(Some(x)) => format!("(yield {})", sexp(x)),
        K::YieldFrom(x) => format!("(yield-from {})", sexp(x)),
        K::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", sexp(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {} {}", cmp(*o), sexp(c)));
            }
            s.push(')');
            s
        }
        K::Call {
            func,
            args,
            keywords,
        } => {
            let mut s = format!("(call {}", sexp(func));
            for a in args {
                s.push(' ');
                s.push_str(&sexp(a));
            }
            for k in keywords {
                match &k.arg {
                    Some(n) => s.push_str(&format!(" {n}={}", sexp(&k.value))),
                    None => s.push_str(&format!(" **{}", sexp(&k.value))),
                }
            }
            s.push(')');
            s
        }
        K::FString(parts) => format!("(f {})", fparts(parts)),
        K::Constant(c) => match c {
            Constant::None => String::from("None"),
            Constant::True => String::from("True"),
            Constant::False => String::from("False"),
            Constant::Ellipsis => String::from("..."),
            Constant::Int(Int::Small(i)) => format!("{i}"),
            Constant::Int(Int::Big { digits, radix }) => format!("big{radix}:{digits}"),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Imaginary(f) => format!("{f:?}j"),
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        },
        K::Attribute { value, attr } => format!("(. {} {attr})", sexp(value)),
        K::Subscript { value, index } => format!("([] {} {})", sexp(value), sexp(index)),
        K::Starred(x) => format!("(* {})", sexp(x)),
        K::Name(n) => n.clone(),
        K::List(es) => tagged("list", es),
        K::Tuple(es) => tagged("tuple", es),
        K::Slice { lower, upper, step } => {
            let o = |x: &Option<alloc::boxed::Box<Expr>>| {
                x.as_ref().map_or(String::from("_"), |e| sexp(e))
            };
            format!("(slice {} {} {})", o(lower), o(upper), o(step))
        }
    }
}

fn pattern(p: &Pattern) -> String {
    use PatternKind as P;
    let ps = |v: &[Pattern]| {
        let s: Vec<String> = v.iter().map(pattern).collect();
        s.join(" ")
    };
    match &p.kind {
        P::Value(e) => format!("(value {})", sexp(e)),
        P::Singleton(e) => sexp(e),
        P::Sequence(v) => format!("[{}]", ps(v)),
        P::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut s: Vec<String> = keys
                .iter()
                .zip(patterns)
                .map(|(k, p)| format!("{}:{}", sexp(k), pattern(p)))
                .collect();
            if let Some(r) = rest {
                s.push(format!("**{r}"));
            }
            format!("{{{}}}", s.join(" "))
        }
        P::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let mut s: Vec<String> = patterns.iter().map(pattern).collect();
            s.extend(
                kwd_attrs
                    .iter()
                    .zip(kwd_patterns)
                    .map(|(a, p)| format!("{a}={}", pattern(p))),
            );
            format!("{}({})", sexp(cls), s.join(" "))
        }
        P::Star(n) => format!("*{}", n.as_deref().unwrap_or("_")),
        P::As {
            pattern: None,
            name: None,
        } => String::from("_"),
        P::As {
            pattern: None,
            name: Some(n),
        } => format!("${n}"),
        P::As {
            pattern: Some(p),
            name,
        } => {
            format!("(as {} {})", pattern(p), name.as_deref().unwrap_or("_"))
        }
        P::Or(v) => format!("(| {})", ps(v)),
    }
}

pub fn stmt(s: &Stmt) -> String {
    use StmtKind as S;
    match &s.kind {
        S::Expr(e) => sexp(e),
        S::Assign { targets, value } => format!("(= {} {})", list(targets), sexp(value)),
        S::AugAssign { target, op, value } => {
            format!("({}= {} {})", bin(*op), sexp(target), sexp(value))
        }
        S::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => format!(
            "(ann{} {} {} {})",
            if *simple { "" } else { "-complex" },
            sexp(target),
            sexp(annotation),
            opt(value)
        ),
        S::Pass => String::from("pass"),
        S::Break => String::from("break"),
        S::Continue => String::from("continue"),
        S::Return(v) => format!("(return {})", opt(v)),
        S::Delete(ts) => tagged("del", ts),
        S::Global(ns) => format!("(global {})", ns.join(" ")),
        S::Nonlocal(ns) => format!("(nonlocal {})", ns.join(" ")),
        S::Raise { exc, cause } => format!("(raise {} {})", opt(exc), opt(cause)),
        S::Assert { test, msg } => format!("(assert {} {})", sexp(test), opt(msg)),
        S::Import(names) | S::ImportFrom { names, .. } => {
            let v: Vec<String> = names
                .iter()
                .map(|a| match &a.asname {
                    Some(n) => format!("{} as {n}", a.name),
                    None => a.name.clone(),
                })
                .collect();
            match &s.kind {
                S::ImportFrom { module, level, .. } => format!(
                    "(from {}{} {})",
                    ".".repeat(*level as usize),
                    module.as_deref().unwrap_or(""),
                    v.join(", ")
                ),
                _ => format!("(import {})", v.join(", ")),
            }
        }
        S::If { test, body, orelse } => {
            format!("(if {} {} {})", sexp(test), block(body), block(orelse))
        }
        S::While { test, body, orelse } => {
            format!("(while {} {} {})", sexp(test), block(body), block(orelse))
        }
        S::For {
            is_async,
            target,
            iter,
            body,
            orelse,
        } => format!(
            "({}for {} {} {} {})",
            if *is_async { "async-" } else { "" },
            sexp(target),
            sexp(iter),
            block(body),
            block(orelse)
        ),
        S::With {
            is_async,
            items,
            body,
        } => {
            let v: Vec<String> = items
                .iter()
                .map(|i| match &i.target {
                    Some(t) => format!("{} as {}", sexp(&i.context), sexp(t)),
                    None => sexp(&i.context),
                })
                .collect();
            format!(
                "({}with {} {})",
                if *is_async { "async-" } else { "" },
                v.join(", "),
                block(body)
            )
        }
        S::Try {
            body,
            handlers,
            orelse,
            finalbody,
            star,
        } => {
            let hs: Vec<String> = handlers
                .iter()
                .map(|h| {
                    format!(
                        "(except{} {}{} {})",
                        if *star { "*" } else { "" },
                        opt(&h.typ),
                        h.name
                            .as_ref()
                            .map_or(String::new(), |n| format!(" as {n}")),
                        block(&h.body)
                    )
                })
                .collect();
            format!(
                "(try {} {} {} {})",
                block(body),
                hs.join(" "),
                block(orelse),
                block(finalbody)
            )
        }
        S::FunctionDef(f) => format!(
            "({}def {} {} {} {}{})",
            if f.is_async { "async-" } else { "" },
            f.name,
            params(&f.params),
            opt(&f.returns),
            block(&f.body),
            if f.decorators.is_empty() {
                String::new()
            } else {
                format!(" @{}", list(&f.decorators))
            }
        ),
        S::ClassDef(c) => {
            let mut args = list(&c.bases);
            for k in &c.keywords {
                match &k.arg {
                    Some(n) => args.push_str(&format!(" {n}={}", sexp(&k.value))),
                    None => args.push_str(&format!(" **{}", sexp(&k.value))),
                }
            }
            format!(
                "(class {} ({}) {}{})",
                c.name,
                args.trim(),
                block(&c.body),
                if c.decorators.is_empty() {
                    String::new()
                } else {
                    format!(" @{}", list(&c.decorators))
                }
            )
        }
        S::Match { subject, cases } => {
            let v: Vec<String> = cases
                .iter()
                .map(|c| {
                    format!(
                        "(case {}{} {})",
                        pattern(&c.pattern),
                        c.guard
                            .as_ref()
                            .map_or(String::new(), |g| format!(" if {}", sexp(g))),
                        block(&c.body)
                    )
                })
                .collect();
            format!("(match {} {})", sexp(subject), v.join(" "))
        }
    }
}
