//! Class definitions and the `with` statement.
//!
//! A program defines its classes first, before its variables (whose initial values may be
//! instances): a root value class, then subclasses of value classes (single inheritance with
//! `super()`), mixins and classes that inherit from a mixin and a value class (so `super()`
//! follows a longer method resolution order), and context-manager classes.
//!
//! Invariants: every value class has an int attribute `v` and a `__repr__` of its own or
//! inherited, so an instance never prints with an address; operators keep `v` under a
//! modulus; a class body only defines functions and constants, so defining a class cannot
//! fail. Method bodies drawn from the expression generator see only `self.v` and their
//! parameters (no objects: a `__call__` that calls an instance could recurse without end).

use super::ast::{BinOp, Class, Expr, FPart, Function, Stmt, str_lit};
use super::expr::{ClassInfo, CmInfo, Enter, Gen, INT_BITS, R, Ty, Var};
use super::stmt::Ctx;

/// The modulus that keeps an object's `v` small.
const MOD: &str = "1000003";

fn raw(text: &str) -> Expr {
    Expr::lit(text)
}

fn ret(text: &str) -> Stmt {
    Stmt::Return(Some(raw(text)))
}

fn line(text: &str) -> Stmt {
    Stmt::Expr(raw(text))
}

fn if_raw(test: &str, body: Vec<Stmt>) -> Stmt {
    Stmt::If(vec![(raw(test), body)], None)
}

fn def(decorator: Option<&str>, name: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
    Stmt::Def(Function {
        decorators: decorator.into_iter().map(String::from).collect(),
        name: name.into(),
        params: params.iter().map(|p| (p.to_string(), None)).collect(),
        star: None,
        double_star: None,
        body,
    })
}

/// `f'Name({self.v!r}...)'`.
fn repr_of(name: &str, fields: &[&str]) -> Expr {
    let mut parts = vec![FPart::Text(format!("{name}("))];
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            parts.push(FPart::Text(", ".into()));
        }
        parts.push(FPart::Field(
            Expr::name(format!("self.{f}")),
            Some('r'),
            String::new(),
        ));
    }
    parts.push(FPart::Text(")".into()));
    Expr::FString(parts)
}

impl Gen<'_, '_> {
    /// All the program's class definitions, in order.
    pub(super) fn class_defs(&mut self) -> R<Vec<Stmt>> {
        let mut out = vec![self.root_class()?];
        for _ in 0..self.u.int_in_range(0..=3)? {
            if self.chance(1, 2)? {
                out.push(self.subclass()?);
            } else {
                out.extend(self.mixed_class()?);
            }
        }
        for _ in 0..self.u.int_in_range(1..=2)? {
            out.push(self.cm_class()?);
        }
        Ok(out)
    }

    /// An int expression over `params` (ints), cut back under the int bound.
    fn method_int(&mut self, params: &[&str]) -> R<Expr> {
        let vars = std::mem::take(&mut self.vars);
        let classes = std::mem::take(&mut self.classes);
        for p in params {
            self.vars.push(Var {
                name: p.to_string(),
                ty: Ty::Int,
            });
        }
        let r = self.expr(Ty::Int, 2);
        self.vars = vars;
        self.classes = classes;
        let (e, w) = r?;
        Ok(if w > INT_BITS {
            Expr::bin(BinOp::Mod, e, raw(MOD))
        } else {
            e
        })
    }

    fn root_class(&mut self) -> R<Stmt> {
        let name = self.fresh_name("C");
        let n = name.as_str();
        let mut has = vec!["who"];
        let mut body = vec![
            Stmt::Assign(Expr::name("tag"), str_lit(n)),
            def(None, "__init__", &["self", "v"], vec![line("self.v = v")]),
            def(
                None,
                "__repr__",
                &["self"],
                vec![Stmt::Return(Some(repr_of(n, &["v"])))],
            ),
            def(None, "who", &["self"], vec![Stmt::Return(Some(str_lit(n)))]),
        ];
        let same = format!("isinstance(other, {n})");
        if self.chance(1, 3)? {
            has.push("__str__");
            body.push(def(
                None,
                "__str__",
                &["self"],
                vec![ret("'<' + str(self.v) + '>'")],
            ));
        }
        if self.chance(2, 3)? {
            has.push("__add__");
            body.push(def(
                None,
                "__add__",
                &["self", "other"],
                vec![
                    if_raw(
                        &same,
                        vec![ret(&format!("type(self)((self.v + other.v) % {MOD})"))],
                    ),
                    if_raw(
                        "isinstance(other, int)",
                        vec![ret(&format!("type(self)((self.v + other) % {MOD})"))],
                    ),
                    ret("NotImplemented"),
                ],
            ));
        }
        if self.chance(1, 2)? {
            has.push("__radd__");
            body.push(def(
                None,
                "__radd__",
                &["self", "other"],
                vec![
                    if_raw(
                        "isinstance(other, int)",
                        vec![ret(&format!("type(self)((2 * other - self.v) % {MOD})"))],
                    ),
                    ret("NotImplemented"),
                ],
            ));
        }
        if self.chance(1, 3)? {
            has.push("__iadd__");
            body.push(def(
                None,
                "__iadd__",
                &["self", "other"],
                vec![
                    line(&format!("self.v = (self.v - other) % {MOD}")),
                    ret("self"),
                ],
            ));
        }
        let eq = self.chance(1, 2)?;
        if eq {
            has.push("__eq__");
            let test = if self.chance(1, 3)? {
                // Equal to ints too.
                "isinstance(other, (int, ".to_string() + n + "))"
            } else {
                same.clone()
            };
            body.push(def(
                None,
                "__eq__",
                &["self", "other"],
                vec![
                    if_raw(&test, vec![ret("self.v == getattr(other, 'v', other)")]),
                    ret("NotImplemented"),
                ],
            ));
        }
        // Without `__hash__`, a class with `__eq__` is unhashable; one without either hashes
        // by identity, which is never printed.
        if self.chance(1, 2)? {
            has.push("__hash__");
            body.push(def(None, "__hash__", &["self"], vec![ret("hash(self.v)")]));
        }
        if self.chance(1, 2)? {
            has.push("__lt__");
            body.push(def(
                None,
                "__lt__",
                &["self", "other"],
                vec![
                    if_raw(&same, vec![ret("self.v < other.v")]),
                    if_raw("isinstance(other, int)", vec![ret("self.v < other")]),
                    ret("NotImplemented"),
                ],
            ));
        }
        if self.chance(1, 3)? {
            has.push("__len__");
            body.push(def(
                None,
                "__len__",
                &["self"],
                vec![ret("len(str(self.v))")],
            ));
        }
        if self.chance(1, 3)? {
            has.push("__getitem__");
            body.push(def(
                None,
                "__getitem__",
                &["self", "i"],
                vec![ret("int(str(abs(self.v))[i])")],
            ));
        }
        if self.chance(1, 3)? {
            has.push("__iter__");
            let it = if self.chance(1, 2)? {
                Stmt::For(
                    Expr::name("ch"),
                    raw("str(abs(self.v))"),
                    vec![Stmt::Expr(Expr::Yield(Some(Box::new(raw("int(ch)")))))],
                    None,
                )
            } else {
                Stmt::Expr(Expr::YieldFrom(Box::new(raw("range(abs(self.v) % 5)"))))
            };
            body.push(def(None, "__iter__", &["self"], vec![it]));
        }
        if self.chance(1, 3)? {
            has.push("__contains__");
            body.push(def(
                None,
                "__contains__",
                &["self", "x"],
                vec![ret("self.v % 10 == x")],
            ));
        }
        if self.chance(1, 3)? {
            has.push("__bool__");
            // Now and then a `__bool__` that returns an int: a TypeError.
            let value = if self.chance(1, 6)? {
                "self.v % 3"
            } else {
                "self.v % 2 == 0"
            };
            body.push(def(None, "__bool__", &["self"], vec![ret(value)]));
        }
        if self.chance(1, 2)? {
            has.push("__call__");
            let e = self.method_int(&["self.v", "x"])?;
            body.push(def(
                None,
                "__call__",
                &["self", "x"],
                vec![Stmt::Return(Some(e))],
            ));
        }
        if self.chance(1, 2)? {
            has.push("calc");
            let e = self.method_int(&["self.v", "x"])?;
            let dflt = Expr::int(self.u.int_in_range(-3..=9)?);
            let Stmt::Def(mut f) = def(None, "calc", &["self", "x"], vec![Stmt::Return(Some(e))])
            else {
                unreachable!("def builds a Def")
            };
            f.params[1].1 = Some(dflt);
            body.push(Stmt::Def(f));
        }
        if self.chance(1, 2)? {
            has.push("double");
            body.push(def(
                Some("property"),
                "double",
                &["self"],
                vec![ret("self.v * 2")],
            ));
        }
        if self.chance(1, 3)? {
            has.push("make");
            body.push(def(
                Some("staticmethod"),
                "make",
                &["x"],
                vec![ret(&format!("{n}(x % 1000)"))],
            ));
        }
        if self.chance(1, 3)? {
            has.push("create");
            body.push(def(
                Some("classmethod"),
                "create",
                &["cls", "x"],
                vec![ret("cls(x + 1)")],
            ));
        }
        self.classes.push(ClassInfo {
            name: name.clone(),
            has,
        });
        Ok(Stmt::Class(Class {
            name,
            bases: vec![],
            body,
        }))
    }

    /// `class D(P)`: `__init__` chains to `P`'s with `super()` and adds `w`; some methods
    /// extend `P`'s.
    fn subclass(&mut self) -> R<Stmt> {
        let parent = self.u.choose(&self.classes)?.clone();
        let name = self.fresh_name("C");
        let n = name.as_str();
        let mut has = parent.has.clone();
        let w = self.u.int_in_range(-2..=9)?;
        let mut init = def(
            None,
            "__init__",
            &["self", "v", "w"],
            vec![line("super().__init__(v)"), line("self.w = w")],
        );
        if let Stmt::Def(f) = &mut init {
            f.params[2].1 = Some(Expr::int(w.into()));
        }
        let mut body = vec![
            init,
            def(
                None,
                "who",
                &["self"],
                vec![Stmt::Return(Some(Expr::bin(
                    BinOp::Add,
                    str_lit(&format!("{n}>")),
                    raw("super().who()"),
                )))],
            ),
        ];
        if self.chance(2, 3)? {
            body.push(def(
                None,
                "__repr__",
                &["self"],
                vec![Stmt::Return(Some(repr_of(n, &["v", "w"])))],
            ));
        }
        if parent.has.contains(&"__add__") && self.chance(1, 2)? {
            body.push(def(
                None,
                "__add__",
                &["self", "other"],
                vec![
                    if_raw(
                        "isinstance(other, int) and other < 0",
                        vec![ret(&format!("type(self)(self.v * self.w % {MOD})"))],
                    ),
                    ret("super().__add__(other)"),
                ],
            ));
        }
        if parent.has.contains(&"double") && self.chance(1, 2)? {
            body.push(def(
                Some("property"),
                "double",
                &["self"],
                vec![ret("super().double + self.w")],
            ));
        }
        if self.chance(1, 3)? {
            has.push("__len__");
            let value = if parent.has.contains(&"__len__") {
                "super().__len__() + 1"
            } else {
                // Kept small: `len` is a size hint `list()` and `tuple()` allocate by.
                "abs(self.w) % 10"
            };
            body.push(def(None, "__len__", &["self"], vec![ret(value)]));
        }
        if self.chance(1, 4)? {
            has.push("__bool__");
            body.push(def(None, "__bool__", &["self"], vec![ret("self.w > 0")]));
        }
        self.classes.push(ClassInfo {
            name: name.clone(),
            has,
        });
        Ok(Stmt::Class(Class {
            name,
            bases: vec![parent.name],
            body,
        }))
    }

    /// A mixin and a class that inherits from it and a value class: `class E(M, P)`.
    fn mixed_class(&mut self) -> R<Vec<Stmt>> {
        let parent = self.u.choose(&self.classes)?.clone();
        let mixin = self.fresh_name("M");
        let mut has = parent.has.clone();
        let mut mbody = vec![def(
            None,
            "who",
            &["self"],
            vec![Stmt::Return(Some(Expr::bin(
                BinOp::Add,
                str_lit(&format!("{mixin}>")),
                raw("super().who()"),
            )))],
        )];
        if self.chance(1, 2)? {
            has.push("__str__");
            mbody.push(def(
                None,
                "__str__",
                &["self"],
                vec![ret(&format!("'{mixin}<' + repr(self) + '>'"))],
            ));
        }
        if self.chance(1, 3)? {
            has.push("__bool__");
            mbody.push(def(None, "__bool__", &["self"], vec![ret("False")]));
        }
        if self.chance(1, 3)? {
            has.push("__contains__");
            mbody.push(def(
                None,
                "__contains__",
                &["self", "x"],
                vec![ret("x == 3")],
            ));
        }
        let name = self.fresh_name("C");
        let mut body = vec![Stmt::Assign(Expr::name("tag"), str_lit(&name))];
        if self.chance(1, 2)? {
            body.push(def(
                None,
                "__init__",
                &["self", "v"],
                vec![line(&format!("super().__init__((v + 1) % {MOD})"))],
            ));
        }
        self.classes.push(ClassInfo {
            name: name.clone(),
            has,
        });
        Ok(vec![
            Stmt::Class(Class {
                name: mixin.clone(),
                bases: vec![],
                body: mbody,
            }),
            Stmt::Class(Class {
                name,
                bases: vec![mixin, parent.name],
                body,
            }),
        ])
    }

    /// A context-manager class that prints on entry and exit, and sometimes suppresses the
    /// exception.
    fn cm_class(&mut self) -> R<Stmt> {
        let name = self.fresh_name("CM");
        let enter = *self
            .u
            .choose(&[Enter::Itself, Enter::Int, Enter::Nothing])?;
        let mut enter_body = vec![line("print('enter', self.name)")];
        match enter {
            Enter::Itself => enter_body.push(ret("self")),
            Enter::Int => enter_body.push(ret("len(self.name)")),
            Enter::Nothing => {}
        }
        let suppress = *self.u.choose(&[
            "True",
            "False",
            "None",
            "et is not None and issubclass(et, ArithmeticError)",
            "isinstance(ev, LookupError)",
        ])?;
        let body = vec![
            def(
                None,
                "__init__",
                &["self", "name"],
                vec![line("self.name = name")],
            ),
            def(
                None,
                "__repr__",
                &["self"],
                vec![Stmt::Return(Some(repr_of(&name, &["name"])))],
            ),
            def(None, "__enter__", &["self"], enter_body),
            def(
                None,
                "__exit__",
                &["self", "et", "ev", "tb"],
                vec![
                    line("print('exit', self.name, None if et is None else et.__name__, ev)"),
                    ret(suppress),
                ],
            ),
        ];
        self.cms.push(CmInfo {
            name: name.clone(),
            enter,
        });
        Ok(Stmt::Class(Class {
            name,
            bases: vec![],
            body,
        }))
    }

    /// `with CM(name) as t, ...: body`, the body maybe ending in a `raise`.
    pub(super) fn with_stmt(&mut self, ctx: Ctx) -> R<Vec<Stmt>> {
        if self.cms.is_empty() {
            return self.block(ctx, 1, 1);
        }
        let scope = self.vars.len();
        let mut items = Vec::new();
        let mut shows = Vec::new();
        for _ in 0..self.u.int_in_range(1..=2)? {
            let cm = self.u.choose(&self.cms)?.clone();
            let (arg, _) = self.light(Ty::Str, 1, 12)?;
            let target = if self.chance(2, 3)? {
                let t = self.fresh_name("t");
                if cm.enter == Enter::Int {
                    self.vars.push(Var {
                        name: t.clone(),
                        ty: Ty::Int,
                    });
                } else {
                    shows.push(Stmt::Expr(Expr::call(
                        "print",
                        vec![Expr::call("repr", vec![Expr::name(&t)])],
                    )));
                }
                Some(Expr::name(t))
            } else {
                None
            };
            items.push((Expr::call(&cm.name, vec![arg]), target));
        }
        let inner = Ctx {
            guarded: true,
            ..ctx
        };
        let body = self.block(inner, 1, 3);
        let raise = if self.chance(1, 3)? {
            Some(self.raise()?)
        } else {
            None
        };
        self.vars.truncate(scope);
        let mut all = shows;
        all.extend(body?);
        all.extend(raise);
        Ok(vec![Stmt::With(items, all)])
    }
}
