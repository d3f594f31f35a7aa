//! f-strings: fields, conversions, specs, debug `=`, escapes, concatenation and errors.

use super::{ex, msg, parse};
use crate::ast::{ExprKind, FStringPart, Span, StmtKind};

#[test]
fn fields() {
    assert_eq!(ex("f'a{x}b'"), "(f [\"a\" {x} \"b\"])");
    assert_eq!(ex("f''"), "(f [])");
    assert_eq!(ex("f'abc'"), "(f [\"abc\"])");
    assert_eq!(ex("f'{x!r}{y!s}{z!a}'"), "(f [{x !r} {y !s} {z !a}])");
    assert_eq!(ex("f'{x:>10}'"), "(f [{x :[\">10\"]}])");
    assert_eq!(ex("f'{x:{w}.{p}f}'"), "(f [{x :[{w} \".\" {p} \"f\"]}])");
    assert_eq!(ex("f'{x!r:^{w}}'"), "(f [{x !r :[\"^\" {w}]}])");
    assert_eq!(ex("f'{a + b}'"), "(f [{(+ a b)}])");
    assert_eq!(ex("f'{a, b}'"), "(f [{(tuple a b)}])");
    assert_eq!(ex("f'{d[\"k\"]}'"), "(f [{([] d \"k\")}])");
    assert_eq!(ex("f'{a != b}'"), "(f [{(cmp a != b)}])");
    assert_eq!(ex("f'{a == b}'"), "(f [{(cmp a == b)}])");
    assert_eq!(ex("f'{ {1: 2}[1] }'"), "(f [{([] (dict 1:2) 1)}])");
    assert_eq!(ex("f'{(lambda: 1)()}'"), "(f [{(call (lambda () 1))}])");
    assert_eq!(ex("f'{(x := 2)}'"), "(f [{(:= x 2)}])");
    assert_eq!(ex("f'{x:=5}'"), "(f [{x :[\"=5\"]}])");
    assert_eq!(ex("f'{f\"{x}\"}'"), "(f [{(f [{x}])}])");
    assert_eq!(ex("f'''{\nx\n}'''"), "(f [{x}])");
}

#[test]
fn debug_form() {
    assert_eq!(ex("f'{x=}'"), "(f [{x =\"x=\" !r}])");
    assert_eq!(ex("f'{x = }'"), "(f [{x =\"x = \" !r}])");
    assert_eq!(ex("f'{x=!s}'"), "(f [{x =\"x=\" !s}])");
    assert_eq!(ex("f'{x=:>4}'"), "(f [{x =\"x=\" :[\">4\"]}])");
    assert_eq!(ex("f'{a+b=}'"), "(f [{(+ a b) =\"a+b=\" !r}])");
}

#[test]
fn escapes_and_concatenation() {
    assert_eq!(ex("f'{{x}}'"), "(f [\"{x}\"])");
    assert_eq!(ex("f'a}}b{{'"), "(f [\"a}b{\"])");
    assert_eq!(ex("f'\\n{x}\\t'"), "(f [\"\\n\" {x} \"\\t\"])");
    assert_eq!(ex("f'\\N{BULLET} {x}'"), "(f [\"\u{2022} \" {x}])");
    assert_eq!(ex("rf'\\n{x}'"), "(f [\"\\\\n\" {x}])");
    assert_eq!(ex("'a' f'{x}' 'b' f'c'"), "(f [\"a\" {x} \"bc\"])");
    assert_eq!(ex("f'a' 'b'"), "(f [\"ab\"])");
}

#[test]
fn field_spans_point_into_the_file() {
    let m = parse("s = f'ab{xy}'\n");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::FString(parts) = &value.kind else {
        panic!()
    };
    let FStringPart::Value(v) = &parts[1] else {
        panic!()
    };
    assert_eq!(v.value.span, Span::new(9, 11));
}

#[test]
fn errors() {
    assert_eq!(msg("f'{}'"), "f-string: empty expression not allowed");
    assert_eq!(msg("f'{ }'"), "f-string: empty expression not allowed");
    assert_eq!(msg("f'{x'"), "f-string: expecting '}'");
    assert_eq!(msg("f'{x!r'"), "f-string: expecting '}'");
    assert_eq!(msg("f'{x:{y}'"), "f-string: expecting '}'");
    assert_eq!(msg("f'}'"), "f-string: single '}' is not allowed");
    assert_eq!(msg("f'{x}}'"), "f-string: single '}' is not allowed");
    assert_eq!(
        msg("f'{x!z}'"),
        "f-string: invalid conversion character: expected 's', 'r', or 'a'"
    );
    assert_eq!(
        msg("f'{a b}'"),
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        msg("f'{x:{y:{z}}}'"),
        "f-string: expressions nested too deeply"
    );
    assert_eq!(
        msg("f'{\\'a\\'}'"),
        "f-string expression part cannot include a backslash"
    );
    assert_eq!(
        msg("f'{x#}'"),
        "f-string expression part cannot include '#'"
    );
    assert_eq!(msg("f'{a)}'"), "f-string: unmatched ')'");
    assert_eq!(
        msg("f'{a(]}'"),
        "f-string: closing parenthesis ']' does not match opening parenthesis '('"
    );
    assert_eq!(msg("f'{1 +}'"), "f-string: invalid syntax");
    assert_eq!(msg("b'a' f'b'"), "cannot mix bytes and nonbytes literals");
    assert_eq!(msg("'a' b'b'"), "cannot mix bytes and nonbytes literals");
}
