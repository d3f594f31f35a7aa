//! Every statement kind, and statement spans.

use super::{parse, st};
use crate::ast::{Span, StmtKind};

#[test]
fn simple_statements() {
    assert_eq!(st("pass; break; continue\n"), "pass break continue");
    assert_eq!(st("x = 1;\n"), "(= x 1)");
    assert_eq!(
        st("return\nreturn 1, *a\n"),
        "(return _) (return (tuple 1 (* a)))"
    );
    assert_eq!(
        st("raise\nraise E\nraise E from c\n"),
        "(raise _ _) (raise E _) (raise E c)"
    );
    assert_eq!(st("global a, b\nnonlocal c\n"), "(global a b) (nonlocal c)");
    assert_eq!(
        st("del a, b[0], c.d, (e, [f])\n"),
        "(del a ([] b 0) (. c d) (tuple e (list f)))"
    );
    assert_eq!(st("del a,\n"), "(del a)");
    assert_eq!(
        st("assert x\nassert x, 'm'\n"),
        "(assert x _) (assert x \"m\")"
    );
    assert_eq!(st("f(x)\n"), "(call f x)");
    assert_eq!(st("yield x\n"), "(yield x)");
    assert_eq!(st("await x\n"), "(await x)");
}

#[test]
fn assignments() {
    assert_eq!(st("a = b = c\n"), "(= a b c)");
    assert_eq!(st("a, *b = c\n"), "(= (tuple a (* b)) c)");
    assert_eq!(st("[a, b] = (c, d) = e\n"), "(= (list a b) (tuple c d) e)");
    assert_eq!(st("a.b[c] = 1, 2\n"), "(= ([] (. a b) c) (tuple 1 2))");
    assert_eq!(st("x = yield\n"), "(= x (yield))");
    assert_eq!(st("x = *a, b\n"), "(= x (tuple (* a) b))");
    assert_eq!(st("x += 1\n"), "(+= x 1)");
    assert_eq!(
        st(
            "a -= 1\na *= 1\na @= 1\na /= 1\na %= 1\na &= 1\na |= 1\na ^= 1\na <<= 1\na >>= 1\na **= 1\na //= 1\n"
        ),
        "(-= a 1) (*= a 1) (@= a 1) (/= a 1) (%= a 1) (&= a 1) (|= a 1) (^= a 1) (<<= a 1) (>>= a 1) (**= a 1) (//= a 1)"
    );
    assert_eq!(st("a.b += yield\n"), "(+= (. a b) (yield))");
    assert_eq!(st("x: int\n"), "(ann x int _)");
    assert_eq!(st("x: int = 5\n"), "(ann x int 5)");
    assert_eq!(st("(x): int = 5\n"), "(ann-complex x int 5)");
    assert_eq!(st("a.b: int\n"), "(ann-complex (. a b) int _)");
    assert_eq!(
        st("match = 1\nmatch.x = 2\n"),
        "(= match 1) (= (. match x) 2)"
    );
    assert_eq!(st("_ = case = 1\n"), "(= _ case 1)");
}

#[test]
fn imports() {
    assert_eq!(st("import a.b.c as d, e\n"), "(import a.b.c as d, e)");
    assert_eq!(st("from . import x\n"), "(from . x)");
    assert_eq!(st("from ..m import (a, b as c,)\n"), "(from ..m a, b as c)");
    assert_eq!(st("from m import *\n"), "(from m *)");
    assert_eq!(st("from ... import x\n"), "(from ... x)");
    assert_eq!(st("from .... a import x\n"), "(from ....a x)");
}

#[test]
fn if_while_for() {
    assert_eq!(st("if x: a; b\n"), "(if x [a b] [])");
    assert_eq!(
        st("if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w\n"),
        "(if a [x] [(if b [y] [(if c [z] [w])])])"
    );
    assert_eq!(
        st("if (n := f()) > 1:\n  pass\n"),
        "(if (cmp (:= n (call f)) > 1) [pass] [])"
    );
    assert_eq!(st("while x:\n  pass\nelse:\n  y\n"), "(while x [pass] [y])");
    assert_eq!(
        st("for a, b in c, d:\n  pass\nelse: e\n"),
        "(for (tuple a b) (tuple c d) [pass] [e])"
    );
    assert_eq!(st("for x, in y: pass\n"), "(for (tuple x) y [pass] [])");
    assert_eq!(
        st("async def f():\n  async for x in y: pass\n  async with a as b: pass\n"),
        "(async-def f () _ [(async-for x y [pass] []) (async-with a as b [pass])])"
    );
}

#[test]
fn try_statements() {
    assert_eq!(
        st(
            "try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n"
        ),
        "(try [a] (except E as e [b]) (except (tuple F G) [c]) (except _ [d]) [e] [f])"
    );
    assert_eq!(st("try: a\nfinally: b\n"), "(try [a]  [] [b])");
    assert_eq!(
        st("try:\n  a\nexcept* E:\n  b\n"),
        "(try [a] (except* E [b]) [] [])"
    );
}

#[test]
fn with_statements() {
    assert_eq!(st("with a: pass\n"), "(with a [pass])");
    assert_eq!(
        st("with a as b, c as (d, e): pass\n"),
        "(with a as b, c as (tuple d e) [pass])"
    );
    assert_eq!(
        st("with (a as b, c as d,): pass\n"),
        "(with a as b, c as d [pass])"
    );
    assert_eq!(st("with (a, b): pass\n"), "(with a, b [pass])");
    assert_eq!(
        st("with (a, b) as c: pass\n"),
        "(with (tuple a b) as c [pass])"
    );
    assert_eq!(st("with (a) as b, (c): pass\n"), "(with a as b, c [pass])");
    assert_eq!(st("with (yield): pass\n"), "(with (yield) [pass])");
    assert_eq!(
        st("with (open(x)) as f: pass\n"),
        "(with (call open x) as f [pass])"
    );
}

#[test]
fn definitions() {
    assert_eq!(st("def f(): pass\n"), "(def f () _ [pass])");
    assert_eq!(
        st("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n  return a\n"),
        "(def f (a b=1 / c=2 *args d e=3 **kw) int [(return a)])"
    );
    assert_eq!(
        st("def f(a: int, *, b: str = 'x'): pass\n"),
        "(def f (a:int * b:str=\"x\") _ [pass])"
    );
    assert_eq!(
        st("def f(*args: *Ts): pass\n"),
        "(def f (*args:(* Ts)) _ [pass])"
    );
    assert_eq!(st("def f(a,): pass\n"), "(def f (a) _ [pass])");
    assert_eq!(
        st("@d\n@e.f(1)\ndef g(): pass\n"),
        "(def g () _ [pass] @d (call (. e f) 1))"
    );
    assert_eq!(
        st("@d\nasync def g(): pass\n"),
        "(async-def g () _ [pass] @d)"
    );
    assert_eq!(st("class A: pass\n"), "(class A () [pass])");
    assert_eq!(st("class A(): pass\n"), "(class A () [pass])");
    assert_eq!(
        st("@dec\nclass A(B, C, metaclass=M, **kw):\n  x = 1\n"),
        "(class A (B C metaclass=M **kw) [(= x 1)] @dec)"
    );
}

#[test]
fn match_statements() {
    let src = "match x:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) as p if p:\n        pass\n    case _:\n        pass\n";
    assert_eq!(
        st(src),
        "(match x (case (| (value 1) (value 2)) [pass]) (case [$a *rest] [pass]) (case {\"k\":$v **kw} [pass]) (case (as Point(x=(value 0) y=_) p) if p [pass]) (case _ [pass]))"
    );
    assert_eq!(
        st("match a, b:\n case (1, 2) | [3, *_]: pass\n case -1 | 1+2j | -1.5-3j: pass\n"),
        "(match (tuple a b) (case (| [(value 1) (value 2)] [(value 3) *_]) [pass]) (case (| (value (- 1)) (value (+ 1 2.0j)) (value (- (- 1.5) 3.0j))) [pass]))"
    );
    assert_eq!(
        st(
            "match x:\n case None | True | False: pass\n case Color.RED: pass\n case a.b.C(1, k=2): pass\n case (y): pass\n case (): pass\n case 'a' 'b': pass\n case x, *y: pass\n"
        ),
        "(match x (case (| None True False) [pass]) (case (value (. Color RED)) [pass]) (case (. (. a b) C)((value 1) k=(value 2)) [pass]) (case $y [pass]) (case [] [pass]) (case (value \"ab\") [pass]) (case [$x *y] [pass]))"
    );
    assert_eq!(
        st("match(x)\nmatch[1]\nmatch.a\n"),
        "(call match x) ([] match 1) (. match a)"
    );
    assert_eq!(
        st("match x:\n case {1: _, 'a': [b]}: pass\n"),
        "(match x (case {1:_ \"a\":[$b]} [pass]))"
    );
    assert_eq!(
        st("match *a, b:\n case _: pass\n"),
        "(match (tuple (* a) b) (case _ [pass]))"
    );
}

#[test]
fn statement_spans() {
    let src = "x = 1\nif a:\n    y = 2\n    z\nelse:\n    w\n@dec\ndef f():\n    pass\n";
    let m = parse(src);
    assert_eq!(m.body[0].span, Span::new(0, 5));
    assert_eq!(m.body[1].span.start, 6);
    assert_eq!(m.body[1].span.end, src.find("w\n").unwrap() as u32 + 1);
    let StmtKind::If { body, .. } = &m.body[1].kind else {
        panic!()
    };
    assert_eq!(body[1].span, Span::new(26, 27));
    // A decorated definition starts at `def`, as CPython's line numbers do.
    assert_eq!(m.body[2].span.start, src.find("def").unwrap() as u32);
    assert_eq!(m.body[2].span.end, src.len() as u32 - 1);
}

#[test]
fn blank_lines_comments_and_continuations() {
    assert_eq!(
        st("\n\n# c\nx = (1 +\n  2)  # c\n\n\ny = [\n]\n"),
        "(= x (+ 1 2)) (= y (list))"
    );
    assert_eq!(st("x = 1 + \\\n    2\n"), "(= x (+ 1 2))");
    assert_eq!(st("if x:\n    # c\n\n    pass\n"), "(if x [pass] [])");
    assert_eq!(st(""), "");
    assert_eq!(st("\n"), "");
}
