//! Argument lists of calls and class headers, and parameter lists of `def` and `lambda`.
//!
//! Both check the ordering rules CPython's parser checks (positional after keyword
//! arguments, non-default after default parameters, `/` and `*` placement) and report
//! duplicate parameter names, which CPython reports from its symbol table.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use super::expr::mk;
use super::parser::{PResult, Parser};
use crate::ast::{Constant, Expr, ExprKind, Keyword, Param, Parameters, Span};
use crate::lex::{Op, Tok};

impl Parser<'_> {
    /// `'(' [arguments] ')'`, standing on the `(`.
    #[inline(never)]
    pub fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.bump().start;
        self.enter()?;
        let r = self.arguments(open);
        self.leave();
        r
    }

    fn arguments(&mut self, open: u32) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        // Whether a `name=value` or a `**mapping` has been seen.
        let mut seen_keyword = false;
        let mut seen_kwunpack = false;
        let mut genexp_at: Option<Span> = None;
        loop {
            if self.at_op(Op::RPar) {
                break;
            }
            let start = self.span().start;
            let last_span;
            let mut last_is_name = false;
            if self.at_op(Op::Star) {
                let e = self.starred(|p| p.expression())?;
                if self.at_comp_for() {
                    return Err(self.starred_genexp(&e, args.is_empty() && keywords.is_empty()));
                }
                if seen_kwunpack {
                    let msg = "iterable argument unpacking follows keyword argument unpacking";
                    return Err(self.error(msg, e.span));
                }
                last_span = e.span;
                args.push(e);
            } else if self.eat_op(Op::DoubleStar) {
                let value = self.expression()?;
                let span = Span::new(start, value.span.end);
                last_span = span;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
                seen_kwunpack = true;
            } else {
                let e = self.named_expression()?;
                if self.at_op(Op::Equal) {
                    let eq = self.span();
                    let ExprKind::Name(name) = e.kind else {
                        return Err(self.bad_keyword(&e, eq));
                    };
                    self.bump();
                    let value = self.expression()?;
                    if self.at_comp_for() {
                        let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                        return Err(self.error(msg, Span::new(start, eq.end)));
                    }
                    let span = Span::new(start, value.span.end);
                    last_span = span;
                    keywords.push(Keyword {
                        arg: Some(name),
                        value,
                        span,
                    });
                    seen_keyword = true;
                } else if self.at_comp_for() {
                    let elt_start = e.span.start;
                    let elt = Box::new(e);
                    let generators = self.comp_for()?;
                    let end = if self.at_op(Op::RPar) {
                        self.span().end
                    } else {
                        self.prev_end()
                    };
                    let g = mk(ExprKind::GeneratorExp { elt, generators }, open, end);
                    genexp_at = Some(Span::new(elt_start, g.span.end));
                    last_span = g.span;
                    args.push(g);
                } else {
                    if seen_keyword || seen_kwunpack {
                        let msg = if seen_kwunpack {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(self.error(msg, e.span));
                    }
                    last_span = e.span;
                    last_is_name = matches!(e.kind, ExprKind::Name(_));
                    args.push(e);
                }
            }
            if !self.eat_op(Op::Comma) {
                if !self.at_op(Op::RPar) {
                    return Err(self.missing_comma_after(last_span, last_is_name));
                }
                break;
            }
        }
        if let Some(g) = genexp_at
            && args.len() + keywords.len() > 1
        {
            return Err(self.error("Generator expression must be parenthesized", g));
        }
        let names: Vec<&str> = keywords.iter().filter_map(|k| k.arg.as_deref()).collect();
        if let Some(i) = first_duplicate(&names) {
            let k = keywords.iter().filter(|k| k.arg.is_some()).nth(i);
            let span = k.map_or(self.span(), |k| k.span);
            return Err(self.error(format!("keyword argument repeated: {}", names[i]), span));
        }
        self.expect_op(Op::RPar)?;
        Ok((args, keywords))
    }

    /// `f(*x for ...)`: a starred generator element, which CPython rejects as a
    /// comprehension when it opens the argument list (`first`), or else as an
    /// unparenthesized generator expression.
    fn starred_genexp(&mut self, e: &Expr, first: bool) -> crate::syntax_error::SyntaxError {
        if first {
            return self.error("iterable unpacking cannot be used in comprehension", e.span);
        }
        if let Err(err) = self.comp_for() {
            return err;
        }
        let span = Span::new(e.span.start, self.prev_end());
        self.error("Generator expression must be parenthesized", span)
    }

    fn bad_keyword(&self, e: &Expr, eq: Span) -> crate::syntax_error::SyntaxError {
        if let ExprKind::Constant(c @ (Constant::True | Constant::False | Constant::None)) = &e.kind
        {
            let name = match c {
                Constant::True => "True",
                Constant::False => "False",
                _ => "None",
            };
            return self.error(format!("cannot assign to {name}"), e.span);
        }
        self.error(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            Span::new(e.span.start, eq.end),
        )
    }

    /// A parameter list up to (not including) `)` for `def`, or `:` for `lambda`.
    pub fn parameters(&mut self, lambda: bool) -> PResult<Parameters> {
        let close = if lambda { Op::Colon } else { Op::RPar };
        let mut ps = Parameters::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut bare_star: Option<Span> = None;
        let mut seen_default = false;
        loop {
            if self.at_op(close) {
                break;
            }
            if ps.kwarg.is_some() {
                return Err(self.error("arguments cannot follow var-keyword argument", self.span()));
            }
            let here = self.span();
            if self.at_op(Op::Slash) {
                if seen_slash {
                    return Err(self.error("/ may appear only once", here));
                }
                if seen_star {
                    return Err(self.error("/ must be ahead of *", here));
                }
                if ps.args.is_empty() {
                    return Err(self.error("at least one argument must precede /", here));
                }
                self.bump();
                seen_slash = true;
                ps.posonly = core::mem::take(&mut ps.args);
            } else if self.at_op(Op::Star) {
                if seen_star {
                    return Err(self.error("* argument may appear only once", here));
                }
                self.bump();
                seen_star = true;
                if self.at_op(Op::Comma) || self.at_op(close) {
                    bare_star = Some(here);
                } else {
                    let p = self.param(lambda, true)?;
                    if self.at_op(Op::Equal) {
                        let msg = "var-positional argument cannot have default value";
                        return Err(self.error(msg, self.span()));
                    }
                    ps.vararg = Some(p);
                }
            } else if self.eat_op(Op::DoubleStar) {
                let p = self.param(lambda, false)?;
                if self.at_op(Op::Equal) {
                    let msg = "var-keyword argument cannot have default value";
                    return Err(self.error(msg, self.span()));
                }
                ps.kwarg = Some(p);
            } else {
                let mut p = self.param(lambda, false)?;
                if self.eat_op(Op::Equal) {
                    let d = self.expression()?;
                    p.span.end = d.span.end;
                    p.default = Some(d);
                    if !seen_star {
                        seen_default = true;
                    }
                } else if seen_default && !seen_star {
                    let msg = "non-default argument follows default argument";
                    return Err(self.error(msg, p.span));
                }
                if seen_star {
                    ps.kwonly.push(p);
                } else {
                    ps.args.push(p);
                }
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if let Some(star) = bare_star
            && ps.kwonly.is_empty()
        {
            return Err(self.error("named arguments must follow bare *", star));
        }
        if !self.at_op(close) {
            return Err(self.invalid());
        }
        self.check_duplicates(&ps)?;
        Ok(ps)
    }

    /// `NAME [':' annotation]`; `star` allows `*args: *Ts`.
    fn param(&mut self, lambda: bool, star: bool) -> PResult<Param> {
        if !matches!(self.tok(), Tok::Name) {
            return Err(self.invalid());
        }
        let (name, span) = self.name()?;
        let mut param = Param {
            name,
            annotation: None,
            default: None,
            span,
        };
        if !lambda && self.eat_op(Op::Colon) {
            let ann = if star && self.at_op(Op::Star) {
                self.starred(|p| p.expression())?
            } else {
                self.expression()?
            };
            param.span.end = ann.span.end;
            param.annotation = Some(ann);
        }
        Ok(param)
    }

    /// "duplicate argument 'x' in function definition", naming the first repeated name in
    /// source order.
    fn check_duplicates(&self, ps: &Parameters) -> PResult<()> {
        let all: Vec<&Param> = ps
            .posonly
            .iter()
            .chain(&ps.args)
            .chain(&ps.vararg)
            .chain(&ps.kwonly)
            .chain(&ps.kwarg)
            .collect();
        if let Some(p) = all.iter().find(|p| p.name == "__debug__") {
            return Err(self.error("cannot assign to __debug__", p.span));
        }
        let names: Vec<&str> = all.iter().map(|p| p.name.as_str()).collect();
        match first_duplicate(&names) {
            Some(i) => {
                let msg = format!("duplicate argument '{}' in function definition", names[i]);
                Err(self.error(msg, all[i].span))
            }
            None => Ok(()),
        }
    }
}

/// The index of the first name that repeats an earlier one, in source order. Sorting keeps
/// this O(n log n) for huge lists.
fn first_duplicate(names: &[&str]) -> Option<usize> {
    if names.len() < 2 {
        return None;
    }
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|&a, &b| names[a].cmp(names[b]).then(a.cmp(&b)));
    order
        .windows(2)
        .filter(|w| names[w[0]] == names[w[1]])
        .map(|w| w[1])
        .min()
}
