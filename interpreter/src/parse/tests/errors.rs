//! Syntax errors: messages, kinds, locations and the incomplete-input flag.

use super::{err, msg};
use crate::ast::Span;
use crate::syntax_error::SyntaxErrorKind;

#[test]
fn invalid_targets() {
    assert_eq!(
        msg("1 = x\n"),
        "cannot assign to literal here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        msg("f() = 1\n"),
        "cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        msg("a + 1 = 2\n"),
        "cannot assign to expression here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(msg("(1, 2) = x\n"), "cannot assign to literal");
    assert_eq!(msg("[a, f()] = x\n"), "cannot assign to function call");
    assert_eq!(msg("a = 1 = b\n"), "cannot assign to literal");
    assert_eq!(msg("None = 1\n"), "cannot assign to None");
    assert_eq!(msg("a < b = 1\n"), "cannot assign to comparison");
    assert_eq!(
        msg("x = yield = 1\n"),
        "assignment to yield expression not possible"
    );
    assert_eq!(
        msg("for f() in x: pass\n"),
        "cannot assign to function call"
    );
    assert_eq!(msg("[x for 1 in y]\n"), "cannot assign to literal");
    assert_eq!(
        msg("with a as f(): pass\n"),
        "cannot assign to function call"
    );
    assert_eq!(msg("del 1\n"), "cannot delete literal");
    assert_eq!(msg("del f()\n"), "cannot delete function call");
    assert_eq!(msg("del *a\n"), "cannot delete starred");
    assert_eq!(
        msg("a, b += 1\n"),
        "'tuple' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        msg("f() += 1\n"),
        "'function call' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        msg("a, b: int\n"),
        "only single target (not tuple) can be annotated"
    );
    assert_eq!(
        msg("[a]: int\n"),
        "only single target (not list) can be annotated"
    );
    assert_eq!(msg("f(): int\n"), "illegal target for annotation");
    assert_eq!(
        msg("*a = b\n"),
        "starred assignment target must be in a list or tuple"
    );
    assert_eq!(
        msg("*a, *b = c\n"),
        "multiple starred expressions in assignment"
    );
    assert_eq!(
        msg("(a.b := 1)\n"),
        "cannot use assignment expressions with attribute"
    );
    assert_eq!(
        msg("f(a.b=1)\n"),
        "expression cannot contain assignment, perhaps you meant \"==\"?"
    );
    assert_eq!(msg("f(True=1)\n"), "cannot assign to True");
    let e = err("x = 1\nf() = 2\n");
    assert_eq!(e.span, Span::new(6, 9));
}

#[test]
fn generic_and_bracket_errors() {
    let e = err("x = (1,\n");
    assert_eq!(e.msg, "'(' was never closed");
    assert!(e.incomplete);
    assert_eq!(e.span, Span::new(4, 5));
    assert_eq!(
        msg("foo(1, [2, 3)\n"),
        "closing parenthesis ')' does not match opening parenthesis '['"
    );
    assert_eq!(msg("x = 1)\n"), "unmatched ')'");
    let e = err("x = = 1\n");
    assert_eq!(e.msg, "invalid syntax");
    assert_eq!(e.span, Span::new(4, 5));
    assert!(!e.incomplete);
    assert_eq!(
        msg("[a b]\n"),
        "invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        msg("f(a b)\n"),
        "invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(
        msg("(1 2)\n"),
        "invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(msg("a b\n"), "invalid syntax");
    assert_eq!(msg("a $ b\n"), "invalid syntax");
    assert_eq!(
        msg("x = 1 \u{20ac}\n"),
        "invalid character '\u{20ac}' (U+20AC)"
    );
    assert_eq!(msg("x = 1\0\n"), "source code cannot contain null bytes");
    // A tokenizer error later in the file wins over a generic syntax error.
    assert_eq!(
        msg("a b\nx = 'abc\n"),
        "unterminated string literal (detected at line 2)"
    );
    // A soft one (a stray `$`) does not.
    let e = err("a b\nx = $\n");
    assert_eq!(e.span, Span::new(2, 3));
    assert_eq!(
        msg("if x = 1:\n  pass\n"),
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    );
    assert_eq!(msg("x if y\n"), "expected 'else' after 'if' expression");
    assert_eq!(msg("x := 1\n"), "invalid syntax");
    assert_eq!(msg("(*a)\n"), "cannot use starred expression here");
    assert_eq!(
        msg("[*a for a in b]\n"),
        "iterable unpacking cannot be used in comprehension"
    );
    assert_eq!(
        msg("{1: *a}\n"),
        "cannot use a starred expression in a dictionary value"
    );
    assert_eq!(
        msg("{1:}\n"),
        "expression expected after dictionary key and ':'"
    );
    assert_eq!(msg("{1: 2, 3}\n"), "':' expected after dictionary key");
    assert_eq!(
        msg("f(x for x in y, 1)\n"),
        "Generator expression must be parenthesized"
    );
    assert_eq!(
        msg("from m import a,\n"),
        "trailing comma not allowed without surrounding parentheses"
    );
    assert_eq!(msg("import\n"), "invalid syntax");
}

#[test]
fn compound_statement_errors() {
    assert_eq!(msg("if x\n  pass\n"), "expected ':'");
    assert_eq!(msg("while x\n  pass\n"), "expected ':'");
    assert_eq!(msg("def f()\n  pass\n"), "expected ':'");
    assert_eq!(msg("class A\n  pass\n"), "expected ':'");
    assert_eq!(msg("for x in y\n  pass\n"), "expected ':'");
    assert_eq!(msg("try\n  pass\n"), "expected ':'");
    let e = err("x = 1\n\nif x:\npass\n");
    assert_eq!(
        e.msg,
        "expected an indented block after 'if' statement on line 3"
    );
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
    assert!(!e.incomplete);
    assert_eq!(
        msg("def f():\nreturn\n"),
        "expected an indented block after function definition on line 1"
    );
    assert_eq!(
        msg("class A:\nx\n"),
        "expected an indented block after class definition on line 1"
    );
    assert_eq!(
        msg("for x in y:\nx\n"),
        "expected an indented block after 'for' statement on line 1"
    );
    assert_eq!(
        msg("if a: pass\nelif b:\nx\n"),
        "expected an indented block after 'elif' statement on line 2"
    );
    assert_eq!(
        msg("match x:\ncase 1: pass\n"),
        "expected an indented block after 'match' statement on line 1"
    );
    assert_eq!(msg("try:\n  a\n"), "expected 'except' or 'finally' block");
    assert_eq!(
        msg("try:\n  a\nexcept:\n  b\nexcept E:\n  c\n"),
        "default 'except:' must be last"
    );
    assert_eq!(
        msg("try:\n  a\nexcept E:\n  b\nexcept* F:\n  c\n"),
        "cannot have both 'except' and 'except*' on the same 'try'"
    );
    assert_eq!(
        msg("try:\n  a\nexcept A, B:\n  b\n"),
        "multiple exception types must be parenthesized"
    );
    let e = err("  x = 1\n");
    assert_eq!(e.msg, "unexpected indent");
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
    let e = err("if x:\n    a\n  b\n");
    assert_eq!(e.msg, "unindent does not match any outer indentation level");
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
    assert_eq!(msg("else: pass\n"), "invalid syntax");
    assert_eq!(msg("@dec\nx = 1\n"), "invalid syntax");
}

#[test]
fn parameter_errors() {
    assert_eq!(
        msg("def f(a=1, b): pass\n"),
        "non-default argument follows default argument"
    );
    assert_eq!(
        msg("def f(a, a): pass\n"),
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        msg("def f(a, *, b, c, b): pass\n"),
        "duplicate argument 'b' in function definition"
    );
    assert_eq!(
        msg("lambda x, x: 1\n"),
        "duplicate argument 'x' in function definition"
    );
    assert_eq!(
        msg("def f(*): pass\n"),
        "named arguments must follow bare *"
    );
    assert_eq!(
        msg("def f(/): pass\n"),
        "at least one argument must precede /"
    );
    assert_eq!(msg("def f(a, /, b, /): pass\n"), "/ may appear only once");
    assert_eq!(msg("def f(*a, /): pass\n"), "/ must be ahead of *");
    assert_eq!(
        msg("def f(*a, *b): pass\n"),
        "* argument may appear only once"
    );
    assert_eq!(
        msg("def f(**k, a): pass\n"),
        "arguments cannot follow var-keyword argument"
    );
    assert_eq!(
        msg("def f(*a=1): pass\n"),
        "var-positional argument cannot have default value"
    );
    assert_eq!(
        msg("def f(**a=1): pass\n"),
        "var-keyword argument cannot have default value"
    );
    assert_eq!(
        msg("f(a=1, b)\n"),
        "positional argument follows keyword argument"
    );
    assert_eq!(
        msg("f(**a, b)\n"),
        "positional argument follows keyword argument unpacking"
    );
    assert_eq!(
        msg("f(**a, *b)\n"),
        "iterable argument unpacking follows keyword argument unpacking"
    );
}

#[test]
fn pattern_errors() {
    assert_eq!(
        msg("match x:\n case a as _: pass\n"),
        "cannot use '_' as a target"
    );
    assert_eq!(
        msg("match x:\n case C(a=1, b): pass\n"),
        "positional patterns follow keyword patterns"
    );
    assert_eq!(
        msg("match x:\n case 1 + 2: pass\n"),
        "imaginary number required in complex literal"
    );
    assert_eq!(
        msg("match x:\n case f'x': pass\n"),
        "patterns may only match literals and attribute lookups"
    );
    assert_eq!(msg("match x:\n pass\n"), "invalid syntax");
}

#[test]
fn incomplete_input() {
    let incomplete = |src: &str| {
        let e = err(src);
        assert!(e.incomplete, "{src:?} gave {e:?}");
    };
    let complete = |src: &str| {
        let e = err(src);
        assert!(!e.incomplete, "{src:?} gave {e:?}");
    };
    incomplete("if x:\n");
    incomplete("if x:");
    incomplete("def f():\n");
    incomplete("class A:\n");
    incomplete("for x in y:\n");
    incomplete("while x:\n");
    incomplete("with a:\n");
    incomplete("try:\n");
    incomplete("try:\n  x\n");
    incomplete("if x:\n  pass\nelse:\n");
    incomplete("match x:\n");
    incomplete("@dec\n");
    incomplete("x = (1,\n");
    incomplete("f(a,\n  b\n");
    incomplete("x = [1, 2\n");
    incomplete("x = '''abc\n");
    incomplete("x = 1 + \\\n");
    incomplete("x = 1 + \\");
    complete("x = (1 2\n");
    complete("x = 'abc\n");
    complete("x = \n");
    complete("if x:\npass\n");
    complete("x = )\n");
}

#[test]
fn cpython_refinements() {
    assert_eq!(
        msg("print 'x'\n"),
        "Missing parentheses in call to 'print'. Did you mean print(...)?"
    );
    assert_eq!(
        msg("exec code\n"),
        "Missing parentheses in call to 'exec'. Did you mean exec(...)?"
    );
    assert_eq!(msg("def f[T](): pass\n"), "expected '('");
    assert_eq!(
        msg("a.b := 1\n"),
        "cannot use assignment expressions with attribute"
    );
    assert_eq!(msg("f(a=1, a=2)\n"), "keyword argument repeated: a");
    assert_eq!(msg("__debug__ = 1\n"), "cannot assign to __debug__");
    assert_eq!(msg("del __debug__\n"), "cannot delete __debug__");
    assert_eq!(
        msg("def f(__debug__): pass\n"),
        "cannot assign to __debug__"
    );
    assert_eq!(
        msg("x = (yield) = 1\n"),
        "cannot assign to yield expression"
    );
    assert_eq!(msg("class A(x for x in y): pass\n"), "invalid syntax");
    assert_eq!(
        msg("f'{a(}'\n"),
        "f-string: closing parenthesis '}' does not match opening parenthesis '('"
    );
    assert_eq!(msg("f'{a('\n"), "f-string: unmatched '('");
    // A bracket left open before the line of the error explains it better.
    let e = err("x = (1,\ny = 2 3\n");
    assert_eq!(e.msg, "'(' was never closed");
    assert!(!e.incomplete);
    // A tokenizer error anywhere wins over a parser error, even a specific one.
    assert_eq!(msg("f() = 1\nx = 1abc\n"), "invalid decimal literal");
    // Errors in string literals are found when the parser reaches them.
    assert_eq!(msg("a b\nx = '\\xz'\n"), "invalid syntax");
}

#[test]
fn error_columns_match_cpython() {
    let col = |src: &str| {
        let e = err(src);
        crate::lex::LineIndex::new(src).line_col(e.span.start)
    };
    assert_eq!(col("x = 199506L\n"), (1, 10));
    assert_eq!(col("x = 1_\n"), (1, 6));
    assert_eq!(col("x = 0x\n"), (1, 6));
    assert_eq!(col("x = 1e+\n"), (1, 7));
    assert_eq!(col("x = 0b12\n"), (1, 8));
    assert_eq!(col("x = 012\n"), (1, 5));
    assert_eq!(col("if x:\n    a\n  b\n"), (3, 4));
    assert_eq!(col("  x = 1\n"), (1, 2));
    assert_eq!(col("x = 1 + \\\n"), (1, 10));
    assert_eq!(col("x = \\ 1\n"), (1, 6));
    assert_eq!(col("x = 'abc\n"), (1, 5));
    assert_eq!(col("foo(1, [2, 3)\n"), (1, 13));
    assert_eq!(col("if x:\npass\n"), (2, 1));
    assert_eq!(col("f(x for x in y, 1)\n"), (1, 3));
    assert_eq!(col("x = {1:}\n"), (1, 7));
    assert_eq!(col("while 1\n  pass\n"), (1, 8));
}
