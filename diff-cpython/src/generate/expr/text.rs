//! Strings: methods, slicing, f-strings, `format` specs and `%` formatting.

use super::super::ast::{BinOp, Comprehension, Expr, FPart, str_lit};
use super::super::lit;
use super::{Gen, R, Ty};

impl Gen<'_, '_> {
    pub(super) fn str_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(18)? {
            0 => self.leaf(Ty::Str)?,
            16 | 17 => self.other_or_leaf(Ty::Str, d)?,
            1 => {
                let (a, wa) = self.expr(Ty::Str, d)?;
                let (b, wb) = self.expr(Ty::Str, d)?;
                (Expr::bin(BinOp::Add, a, b), wa + wb)
            }
            2 => {
                let (a, wa) = self.expr(Ty::Str, d)?;
                let k = self.u.int_in_range(-1..=4)?;
                (Expr::bin(BinOp::Mul, a, Expr::int(k)), wa * 4)
            }
            3 => {
                let (s, w) = self.expr(Ty::Str, d)?;
                (self.subscript(s)?, w)
            }
            4 => {
                let (a, w) = self.expr(Ty::Any, d)?;
                let f = *self.u.choose(&["str", "repr"])?;
                (Expr::call(f, vec![a]), (w * 4).clamp(40, 2000))
            }
            5 | 6 => {
                let (s, w) = self.expr(Ty::Str, d)?;
                match self.pick(4)? {
                    0 => {
                        let m = *self.u.choose(&[
                            "upper",
                            "lower",
                            "strip",
                            "lstrip",
                            "rstrip",
                            "capitalize",
                            "title",
                            "swapcase",
                        ])?;
                        let mut args = Vec::new();
                        if m.ends_with("strip") && self.chance(1, 3)? {
                            args.push(lit::char(self.u)?);
                        }
                        (Expr::method(s, m, args), w * 3)
                    }
                    1 => {
                        let (old, _) = lit::string(self.u)?;
                        let (new, wn) = lit::string(self.u)?;
                        let mut args = vec![old, new];
                        if self.chance(1, 3)? {
                            args.push(Expr::int(self.u.int_in_range(-1..=3)?));
                        }
                        (Expr::method(s, "replace", args), w * (wn + 1) + wn)
                    }
                    2 => {
                        let m = *self.u.choose(&["center", "ljust", "rjust", "zfill"])?;
                        let mut args = vec![Expr::int(self.u.int_in_range(-2..=30)?)];
                        if m != "zfill" && self.chance(1, 3)? {
                            args.push(lit::char(self.u)?);
                        }
                        (Expr::method(s, m, args), w + 30)
                    }
                    _ => {
                        let parts = self.expr(Ty::List, d)?.0;
                        let strs = self.map_str(parts)?;
                        (Expr::method(s, "join", vec![strs]), (w + 40) * 12)
                    }
                }
            }
            7 => (self.fstring(d)?, 400),
            8 => (self.percent_format(d)?, 400),
            9 => {
                let (a, w) = self.expr(Ty::Int, d)?;
                let f = *self.u.choose(&["hex", "oct", "bin", "chr", "str"])?;
                (Expr::call(f, vec![a]), w + 3)
            }
            10 => {
                let (a, _) = self.expr(Ty::Any, d)?;
                let spec = str_lit(&self.format_spec()?);
                (Expr::call("format", vec![a, spec]), 1100)
            }
            11 => {
                let template = *self.u.choose(&[
                    "{} and {}",
                    "{1}{0}",
                    "{0!r:>12}",
                    "<{:^7}>",
                    "{:}|{!s}",
                    "{{}}{}",
                    "{0}{0}",
                ])?;
                let (a, _) = self.expr(Ty::Any, d)?;
                let (b, _) = self.expr(Ty::Any, d)?;
                (Expr::method(str_lit(template), "format", vec![a, b]), 1100)
            }
            12 => {
                let (a, _) = self.expr(Ty::Any, d)?;
                let t = Expr::call("type", vec![a]);
                (Expr::Attr(Box::new(t), "__name__".into()), 10)
            }
            13 => {
                let (l, w) = self.expr(Ty::List, d)?;
                let strs = self.map_str(l)?;
                let sep = lit::char(self.u)?;
                (Expr::method(sep, "join", vec![strs]), w * 400)
            }
            _ => match self.common(Ty::Str, d)? {
                Some(r) => r,
                None => self.leaf(Ty::Str)?,
            },
        })
    }

    /// `[str(x) for x in items]`.
    pub(super) fn map_str(&mut self, items: Expr) -> R<Expr> {
        let var = self.fresh_name("x");
        let f = *self.u.choose(&["str", "repr"])?;
        Ok(Expr::Comp(Box::new(Comprehension {
            kind: super::super::ast::CompKind::List,
            elt: Expr::call(f, vec![Expr::name(var.clone())]),
            value: None,
            target: Expr::name(var),
            iter: items,
            cond: None,
        })))
    }

    /// `value[i]` or a slice of `value`, with small bounds.
    pub fn subscript(&mut self, value: Expr) -> R<Expr> {
        if self.chance(1, 2)? {
            let i = self.small_int()?;
            return Ok(Expr::Index(Box::new(value), Box::new(i)));
        }
        let mut parts: [Option<Box<Expr>>; 3] = [None, None, None];
        for (i, part) in parts.iter_mut().enumerate() {
            if self.chance(1, 2)? {
                let e = if i == 2 {
                    Expr::int(*self.u.choose(&[-1, 2, -2, 3, 0, 1])?)
                } else {
                    self.small_int()?
                };
                *part = Some(Box::new(e));
            }
        }
        Ok(Expr::Slice(Box::new(value), parts))
    }

    /// An f-string. Replacement fields hold names and simple operations only: before Python
    /// 3.12, an f-string's expressions cannot contain its quote character or a backslash.
    pub(super) fn fstring(&mut self, _d: u32) -> R<Expr> {
        let mut parts = Vec::new();
        for _ in 0..self.u.int_in_range(1..=3)? {
            if self.chance(1, 2)? {
                let (text, _) = lit::string(self.u)?;
                if let Expr::Lit(t) = text {
                    // The literal's body, unescaped again: it is re-escaped when printed.
                    let body = t[1..t.len() - 1].to_string();
                    let raw = body
                        .replace("\\\\", "\u{0}BS")
                        .replace("\\n", "\n")
                        .replace("\\t", "\t")
                        .replace("\\r", "\r")
                        .replace("\\'", "'")
                        .replace("\\x00", "\u{0}")
                        .replace("\u{0}BS", "\\");
                    parts.push(FPart::Text(raw));
                }
            }
            let ty = *self
                .u
                .choose(&[Ty::Int, Ty::Float, Ty::Str, Ty::Any, Ty::List])?;
            let e = match self.var(ty)? {
                Some(v) if self.chance(3, 4)? => {
                    let n = Expr::Name(v.name);
                    match (ty, self.pick(4)?) {
                        (Ty::Int | Ty::Float, 0) => {
                            Expr::bin(BinOp::Mul, n, Expr::int(self.u.int_in_range(-2..=3)?))
                        }
                        (Ty::Str | Ty::List, 0) => Expr::call("len", vec![n]),
                        _ => n,
                    }
                }
                _ => Expr::int(self.u.int_in_range(-20..=20)?),
            };
            let conversion = match self.pick(5)? {
                0 => Some('r'),
                1 => Some('s'),
                _ => None,
            };
            let spec = if conversion.is_none() || self.chance(1, 4)? {
                self.format_spec()?
            } else {
                String::new()
            };
            parts.push(FPart::Field(e, conversion, spec));
        }
        Ok(Expr::FString(parts))
    }

    /// A format spec, for a value of any type.
    pub(super) fn format_spec(&mut self) -> R<String> {
        Ok((*self.u.choose(lit::FORMAT_SPECS)?).into())
    }

    /// `'...' % args` with directives matched to values of roughly the right type.
    pub(super) fn percent_format(&mut self, d: u32) -> R<Expr> {
        let mut template = String::new();
        let mut args = Vec::new();
        for _ in 0..self.u.int_in_range(1..=3)? {
            let (spec, kind) = *self.u.choose(lit::PERCENT_SPECS)?;
            template.push_str(spec);
            template.push(' ');
            let ty = match kind {
                'i' => Ty::Int,
                'f' => *self.u.choose(&[Ty::Float, Ty::Int])?,
                's' => Ty::Str,
                '-' => continue,
                _ => Ty::Any,
            };
            // Now and then a value of the wrong type, for the error path.
            let ty = if self.chance(1, 10)? { Ty::Any } else { ty };
            args.push(self.expr(ty, d.min(1))?.0);
        }
        let rhs = if args.len() == 1 && self.chance(1, 2)? {
            args.pop().expect("one argument")
        } else {
            Expr::Tuple(args)
        };
        Ok(Expr::bin(BinOp::Mod, str_lit(&template), rhs))
    }
}
