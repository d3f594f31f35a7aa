//! Bytes and bytearrays: concatenation, repetition, slicing, the str-like methods, `join`,
//! `%` formatting, encoding and decoding, and the ways out to ints (indexing gives an int),
//! strings (`hex`, `decode`), lists (`split`) and bools.

use super::super::ast::{Arg, BinOp, CmpOp, Expr};
use super::super::lit;
use super::{Gen, R, Ty};

/// `%` templates for bytes, with the kinds of value each wants (`i`nt, `b`ytes).
const PERCENT: &[(&str, &str)] = &[
    ("b'%d:%s|'", "ib"),
    ("b'%x'", "i"),
    ("b'%5s.'", "b"),
    ("b'%-4d|%c'", "ii"),
    ("b'%05.1f'", "i"),
    ("b'[%b]'", "b"),
    ("b'%%%s'", "b"),
];

impl Gen<'_, '_> {
    pub(super) fn bytes_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(11)? {
            0 => self.leaf(Ty::Bytes)?,
            1 => {
                let (a, wa) = self.expr(Ty::Bytes, d)?;
                let (b, wb) = self.expr(Ty::Bytes, d)?;
                (Expr::bin(BinOp::Add, a, b), wa + wb)
            }
            2 => {
                let (a, wa) = self.expr(Ty::Bytes, d)?;
                let k = Expr::int(self.u.int_in_range(-1..=3)?);
                (Expr::bin(BinOp::Mul, a, k), wa * 3)
            }
            3 => {
                let (a, w) = self.expr(Ty::Bytes, d)?;
                (self.slice_only(a)?, w)
            }
            4 | 5 => {
                let (a, w) = self.expr(Ty::Bytes, d)?;
                match self.pick(3)? {
                    0 => {
                        let m = *self.u.choose(&[
                            "upper",
                            "lower",
                            "strip",
                            "lstrip",
                            "rstrip",
                            "capitalize",
                            "swapcase",
                            "title",
                        ])?;
                        let mut args = Vec::new();
                        if m.ends_with("strip") && self.chance(1, 3)? {
                            args.push(lit::short_bytes(self.u)?);
                        }
                        (Expr::method(a, m, args), w)
                    }
                    1 => {
                        let old = lit::short_bytes(self.u)?;
                        let new = lit::short_bytes(self.u)?;
                        let mut args = vec![old, new];
                        if self.chance(1, 3)? {
                            args.push(Expr::int(self.u.int_in_range(-1..=3)?));
                        }
                        (Expr::method(a, "replace", args), w * 3 + 2)
                    }
                    _ => {
                        let m = *self.u.choose(&["center", "ljust", "rjust", "zfill"])?;
                        let mut args = vec![Expr::int(self.u.int_in_range(-2..=30)?)];
                        if m != "zfill" && self.chance(1, 3)? {
                            args.push(Expr::lit(*self.u.choose(&["b'*'", "b'-'", "b'ab'"])?));
                        }
                        (Expr::method(a, m, args), w + 30)
                    }
                }
            }
            6 => {
                let sep = lit::short_bytes(self.u)?;
                let (a, wa) = self.expr(Ty::Bytes, d)?;
                let (b, wb) = self.expr(Ty::Bytes, d)?;
                let parts = if self.chance(1, 2)? {
                    Expr::List(vec![a, b])
                } else {
                    Expr::method(a, "split", vec![])
                };
                (Expr::method(sep, "join", vec![parts]), (wa + wb) * 2 + 2)
            }
            7 => {
                let (s, w) = self.expr(Ty::Str, d)?;
                let mut args = Vec::new();
                if self.chance(1, 2)? {
                    args.push(Expr::lit(*self.u.choose(&[
                        "'utf-8'",
                        "'ascii'",
                        "'latin-1'",
                    ])?));
                }
                (Expr::method(s, "encode", args), w * 4)
            }
            8 => {
                if self.chance(1, 2)? {
                    let (a, w) = self.expr(Ty::Bytes, d)?;
                    let f = *self.u.choose(&["bytes", "bytearray"])?;
                    (Expr::call(f, vec![a]), w)
                } else {
                    let (l, _) = self.int_list(d)?;
                    (Expr::call("bytes", vec![l]), 50)
                }
            }
            9 => {
                let (template, kinds) = *self.u.choose(PERCENT)?;
                let mut args = Vec::new();
                for k in kinds.chars() {
                    let ty = if k == 'i' { Ty::Int } else { Ty::Bytes };
                    args.push(self.light(ty, d.min(1), 200)?.0);
                }
                let rhs = if args.len() == 1 && self.chance(1, 2)? {
                    args.pop().expect("one argument")
                } else {
                    Expr::Tuple(args)
                };
                (Expr::bin(BinOp::Mod, Expr::lit(template), rhs), 300)
            }
            _ => match self.common(Ty::Bytes, d)? {
                Some(r) => r,
                None => {
                    let (a, w) = self.expr(Ty::Bytes, d)?;
                    let hex = Expr::method(a, "hex", vec![]);
                    (Expr::method(Expr::name("bytes"), "fromhex", vec![hex]), w)
                }
            },
        })
    }

    /// Values of the older types made from bytes.
    pub(super) fn out_of_bytes(&mut self, ty: Ty, d: u32) -> R<Option<(Expr, u32)>> {
        if !matches!(ty, Ty::Int | Ty::Str | Ty::List | Ty::Tuple | Ty::Bool) {
            return Ok(None);
        }
        let (a, w) = self.expr(Ty::Bytes, d)?;
        Ok(Some(match ty {
            Ty::Int => match self.pick(4)? {
                0 => {
                    let i = self.small_int()?;
                    (Expr::Index(Box::new(a), Box::new(i)), 8)
                }
                1 => {
                    let m = *self.u.choose(&["find", "rfind", "count", "index"])?;
                    (Expr::method(a, m, vec![lit::short_bytes(self.u)?]), 16)
                }
                2 => (Expr::call("len", vec![a]), 16),
                _ => {
                    let cut = Expr::Slice(Box::new(a), [None, Some(Box::new(Expr::int(16))), None]);
                    let order = Expr::lit(*self.u.choose(&["'big'", "'little'"])?);
                    let from = Expr::Attr(Box::new(Expr::name("int")), "from_bytes".into());
                    (
                        Expr::Call(Box::new(from), vec![Arg::Pos(cut), Arg::Pos(order)]),
                        130,
                    )
                }
            },
            Ty::Str => match self.pick(3)? {
                0 => {
                    let mut args = Vec::new();
                    if self.chance(1, 3)? {
                        args.push(Expr::lit(*self.u.choose(&["':'", "'-'", "' '"])?));
                    }
                    (Expr::method(a, "hex", args), w * 3)
                }
                1 => {
                    let mut args = Vec::new();
                    if self.chance(1, 2)? {
                        args.push(Expr::lit(*self.u.choose(&[
                            "'utf-8'",
                            "'ascii'",
                            "'latin-1'",
                        ])?));
                    }
                    (Expr::method(a, "decode", args), w)
                }
                _ => (Expr::call("repr", vec![a]), w * 4 + 12),
            },
            Ty::List => match self.pick(3)? {
                0 => (Expr::call("list", vec![a]), w),
                1 => (Expr::method(a, "split", vec![]), w),
                _ => {
                    let mut args = vec![lit::short_bytes(self.u)?];
                    if self.chance(1, 2)? {
                        args.push(Expr::int(self.u.int_in_range(-1..=2)?));
                    }
                    let m = *self.u.choose(&["split", "rsplit"])?;
                    (Expr::method(a, m, args), w)
                }
            },
            Ty::Tuple => {
                let m = *self.u.choose(&["partition", "rpartition"])?;
                (Expr::method(a, m, vec![lit::short_bytes(self.u)?]), 3)
            }
            Ty::Bool => match self.pick(4)? {
                0 => {
                    let x = if self.chance(1, 2)? {
                        lit::short_bytes(self.u)?
                    } else {
                        Expr::int(self.u.int_in_range(0..=256)?)
                    };
                    let op = *self.u.choose(&[CmpOp::In, CmpOp::NotIn])?;
                    (Expr::compare(x, op, a), 1)
                }
                1 => {
                    let m = *self.u.choose(&["startswith", "endswith"])?;
                    (Expr::method(a, m, vec![lit::short_bytes(self.u)?]), 1)
                }
                2 => {
                    let m = *self.u.choose(&[
                        "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum",
                    ])?;
                    (Expr::method(a, m, vec![]), 1)
                }
                _ => {
                    let (b, _) = self.expr(Ty::Bytes, d.min(1))?;
                    let op = *self
                        .u
                        .choose(&[CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Ge])?;
                    (Expr::compare(a, op, b), 1)
                }
            },
            _ => return Ok(None),
        }))
    }
}
