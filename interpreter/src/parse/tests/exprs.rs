//! Expression shapes: precedence, associativity, atoms, displays, calls, subscripts.

use super::{ex, parse};
use crate::ast::{ExprKind, Span, StmtKind};

#[test]
fn precedence_and_associativity() {
    assert_eq!(ex("-2**2"), "(- (** 2 2))");
    assert_eq!(ex("2**-1"), "(** 2 (- 1))");
    assert_eq!(ex("2**3**4"), "(** 2 (** 3 4))");
    assert_eq!(ex("-x**-y**z"), "(- (** x (- (** y z))))");
    assert_eq!(ex("a or b and not c"), "(or a (and b (not c)))");
    assert_eq!(ex("a and b or c and d"), "(or (and a b) (and c d))");
    assert_eq!(ex("a or b or c"), "(or a b c)");
    assert_eq!(ex("not not a"), "(not (not a))");
    assert_eq!(ex("1 < 2 < 3"), "(cmp 1 < 2 < 3)");
    assert_eq!(ex("a not in b is not c"), "(cmp a not-in b is-not c)");
    assert_eq!(
        ex("a is b in c == d != e <= f >= g > h"),
        "(cmp a is b in c == d != e <= f >= g > h)"
    );
    assert_eq!(ex("not a == b"), "(not (cmp a == b))");
    assert_eq!(ex("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(ex("lambda: x if y else z"), "(lambda () (if y x z))");
    assert_eq!(ex("1 + 2 * 3 - 4 / 5"), "(- (+ 1 (* 2 3)) (/ 4 5))");
    assert_eq!(
        ex("a | b ^ c & d << e + f * g"),
        "(| a (^ b (& c (<< d (+ e (* f g))))))"
    );
    assert_eq!(ex("a - b - c"), "(- (- a b) c)");
    assert_eq!(ex("a // b % c @ d"), "(@ (% (// a b) c) d)");
    assert_eq!(ex("a >> b << c"), "(<< (>> a b) c)");
    assert_eq!(ex("-a.b(c)[d]"), "(- ([] (call (. a b) c) d))");
    assert_eq!(ex("~-+x"), "(~ (- (+ x)))");
    assert_eq!(ex("await x ** 2"), "(** (await x) 2)");
    assert_eq!(ex("a | b == c"), "(cmp (| a b) == c)");
}

#[test]
fn atoms() {
    assert_eq!(ex("x"), "x");
    assert_eq!(ex("None, True, False, ..."), "(tuple None True False ...)");
    assert_eq!(ex("1, 2.5, 3j, 0x10"), "(tuple 1 2.5 3.0j 16)");
    assert_eq!(ex("99999999999999999999"), "big10:99999999999999999999");
    assert_eq!(ex("'a' 'b' \"c\""), "\"abc\"");
    assert_eq!(ex("b'a' b'b'"), "b\"ab\"");
    assert_eq!(ex("'''x''' r'\\n'"), "\"x\\\\n\"");
    assert_eq!(ex("()"), "(tuple)");
    assert_eq!(ex("(1,)"), "(tuple 1)");
    assert_eq!(ex("(1)"), "1");
    assert_eq!(ex("((a))"), "a");
    assert_eq!(ex("(yield)"), "(yield)");
    assert_eq!(ex("(yield x, y)"), "(yield (tuple x y))");
    assert_eq!(ex("(yield from g)"), "(yield-from g)");
    assert_eq!(ex("[]"), "(list)");
    assert_eq!(ex("[1, *a, 2,]"), "(list 1 (* a) 2)");
    assert_eq!(ex("{}"), "(dict)");
    assert_eq!(ex("{1: 2, **a, 3: 4,}"), "(dict 1:2 **a 3:4)");
    assert_eq!(ex("{**a}"), "(dict **a)");
    assert_eq!(ex("{1, *a}"), "(set 1 (* a))");
    assert_eq!(ex("{x := 1}"), "(set (:= x 1))");
    assert_eq!(ex("(x := 1)"), "(:= x 1)");
    assert_eq!(ex("f(x := 1)"), "(call f (:= x 1))");
}

#[test]
fn comprehensions() {
    assert_eq!(ex("[x for x in y]"), "(listcomp x (for x y))");
    assert_eq!(
        ex("[x for x in y if a if b for z in w]"),
        "(listcomp x (for x y (if a) (if b)) (for z w))"
    );
    assert_eq!(
        ex("{k: v for k, v in d}"),
        "(dictcomp k:v (for (tuple k v) d))"
    );
    assert_eq!(ex("{x for x in y}"), "(setcomp x (for x y))");
    assert_eq!(ex("(x for x in y)"), "(genexp x (for x y))");
    assert_eq!(ex("[x async for x in y]"), "(listcomp x (async-for x y))");
    assert_eq!(
        ex("[x for x in a or b if c]"),
        "(listcomp x (for x (or a b) (if c)))"
    );
    assert_eq!(
        ex("[x for *a, b in c]"),
        "(listcomp x (for (tuple (* a) b) c))"
    );
    assert_eq!(
        ex("[a if b else c for x in y]"),
        "(listcomp (if b a c) (for x y))"
    );
    assert_eq!(ex("f(x for x in y)"), "(call f (genexp x (for x y)))");
}

#[test]
fn calls() {
    assert_eq!(ex("f()"), "(call f)");
    assert_eq!(ex("f(a, *b, c=1, **d)"), "(call f a (* b) c=1 **d)");
    assert_eq!(ex("f(a=1, *b)"), "(call f (* b) a=1)");
    assert_eq!(ex("f(a,)"), "(call f a)");
    assert_eq!(ex("f(x)(y)"), "(call (call f x) y)");
    assert_eq!(ex("match(x)"), "(call match x)");
    assert_eq!(ex("print(match, case, _)"), "(call print match case _)");
}

#[test]
fn subscripts_and_slices() {
    assert_eq!(ex("a[1]"), "([] a 1)");
    assert_eq!(ex("a[1:2]"), "([] a (slice 1 2 _))");
    assert_eq!(ex("a[::]"), "([] a (slice _ _ _))");
    assert_eq!(ex("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(ex("a[::3]"), "([] a (slice _ _ 3))");
    assert_eq!(
        ex("a[1:2, ::3]"),
        "([] a (tuple (slice 1 2 _) (slice _ _ 3)))"
    );
    assert_eq!(ex("a[...]"), "([] a ...)");
    assert_eq!(ex("a[1,]"), "([] a (tuple 1))");
    assert_eq!(ex("a[*b]"), "([] a (tuple (* b)))");
    assert_eq!(ex("{(a := 1): 2}"), "(dict (:= a 1):2)");
    assert_eq!(ex("a[x:=1]"), "([] a (:= x 1))");
    assert_eq!(ex("a[b][c]"), "([] ([] a b) c)");
}

#[test]
fn lambdas() {
    assert_eq!(ex("lambda: 0"), "(lambda () 0)");
    assert_eq!(
        ex("lambda x, y=1, *a, z, **k: x"),
        "(lambda (x y=1 *a z **k) x)"
    );
    assert_eq!(ex("lambda *, k: k"), "(lambda (* k) k)");
    assert_eq!(ex("lambda a, /, b: a"), "(lambda (a / b) a)");
    assert_eq!(ex("lambda: lambda: 1"), "(lambda () (lambda () 1))");
    assert_eq!(ex("(lambda x: x)(1)"), "(call (lambda (x) x) 1)");
}

#[test]
fn yields_and_awaits() {
    assert_eq!(ex("yield"), "(yield)");
    assert_eq!(ex("yield a, *b"), "(yield (tuple a (* b)))");
    assert_eq!(ex("yield from x"), "(yield-from x)");
    assert_eq!(ex("await f()"), "(await (call f))");
}

#[test]
fn expression_spans() {
    let m = parse("x = a + f(b)[c]\n");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(value.span, Span::new(4, 15));
    let ExprKind::BinOp { right, .. } = &value.kind else {
        panic!()
    };
    assert_eq!(right.span, Span::new(8, 15));
    let m = parse("(a, b)\n");
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(e.span, Span::new(0, 6));
    let m = parse("((a))\n");
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(e.span, Span::new(2, 3));
}

#[test]
fn parse_expression_entry() {
    let e = crate::parse::parse_expression("1 + 2\n\n").unwrap();
    assert_eq!(super::sexp(&e), "(+ 1 2)");
    assert!(crate::parse::parse_expression("x = 1").is_err());
}
