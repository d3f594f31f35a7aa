//! Unit tests for the lexer: every token kind, literals, indentation and errors.

use alloc::string::String;
use alloc::vec::Vec;
use alloc::{format, vec};

use super::*;
use crate::ast::{Int, Span};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

fn toks(src: &str) -> Vec<Tok> {
    let lexed = tokenize(src);
    if let Some(e) = lexed.error {
        panic!("unexpected error for {src:?}: {:?}", e.error);
    }
    lexed.tokens.into_iter().map(|t| t.tok).collect()
}

/// The tokens of one line, without the trailing NEWLINE and ENDMARKER.
fn line(src: &str) -> Vec<Tok> {
    let mut t = toks(src);
    assert_eq!(t.pop(), Some(Tok::EndMarker));
    assert_eq!(t.pop(), Some(Tok::Newline));
    t
}

fn one(src: &str) -> Tok {
    let t = line(src);
    assert_eq!(t.len(), 1, "{src:?} gave {t:?}");
    t.into_iter().next().unwrap()
}

fn err(src: &str) -> SyntaxError {
    match tokenize(src).error {
        Some(e) => e.error,
        None => panic!("expected an error for {src:?}"),
    }
}

fn msg(src: &str) -> String {
    err(src).msg
}

fn s(v: &str) -> Tok {
    Tok::Str(String::from(v))
}

fn op(o: Op) -> Tok {
    Tok::Op(o)
}

#[test]
fn names_and_keywords() {
    let src = "x _a1 é日本 match if None not in";
    let lexed = tokenize(src);
    let names: Vec<&str> = lexed
        .tokens
        .iter()
        .filter(|t| t.tok == Tok::Name)
        .map(|t| &src[t.span.start as usize..t.span.end as usize])
        .collect();
    assert_eq!(names, vec!["x", "_a1", "é日本", "match"]);
    assert_eq!(
        line("if None not in"),
        vec![
            Tok::Kw(Kw::If),
            Tok::Kw(Kw::None),
            Tok::Kw(Kw::Not),
            Tok::Kw(Kw::In)
        ]
    );
    for kw in [
        "False", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "import", "is",
        "lambda", "nonlocal", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ] {
        let k = Kw::from_word(kw).unwrap();
        assert_eq!(k.as_str(), kw);
        assert_eq!(one(kw), Tok::Kw(k));
    }
}

#[test]
fn every_operator() {
    let all = "( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> ** += -= *= /= %= \
               &= |= ^= <<= >>= **= // //= @ @= -> ... :=";
    let got = line(all);
    let words: Vec<&str> = all.split_whitespace().collect();
    assert_eq!(got.len(), words.len());
    for (t, w) in got.iter().zip(words) {
        match t {
            Tok::Op(o) => assert_eq!(o.as_str(), w),
            _ => panic!("{t:?}"),
        }
    }
    // Longest match without spaces.
    assert_eq!(
        line("a**=b"),
        vec![Tok::Name, op(Op::DoubleStarEqual), Tok::Name]
    );
    assert_eq!(
        line("x[...]"),
        vec![Tok::Name, op(Op::LSqb), op(Op::Ellipsis), op(Op::RSqb)]
    );
    assert_eq!(line("a.b"), vec![Tok::Name, op(Op::Dot), Tok::Name]);
    assert_eq!(line("...."), vec![op(Op::Ellipsis), op(Op::Dot)]);
}

#[test]
fn newlines_indent_dedent() {
    let t = toks("if x:\n    y\n    z\nw\n");
    use Tok::*;
    assert_eq!(
        t,
        vec![
            Kw(super::Kw::If),
            Name,
            Op(super::Op::Colon),
            Newline,
            Indent,
            Name,
            Newline,
            Name,
            Newline,
            Dedent,
            Name,
            Newline,
            EndMarker
        ]
    );
    // Blank and comment-only lines do not count; the final dedents come at the end.
    let t = toks("if x:\n\n  # c\n        # d\n  y # e\n\n");
    assert_eq!(
        t,
        vec![
            Kw(super::Kw::If),
            Name,
            Op(super::Op::Colon),
            Newline,
            Indent,
            Name,
            Newline,
            Dedent,
            EndMarker
        ]
    );
    // No trailing newline.
    assert_eq!(toks("x"), vec![Name, Newline, EndMarker]);
    assert_eq!(toks(""), vec![EndMarker]);
    assert_eq!(toks("# only\n\n"), vec![EndMarker]);
    // Tabs count to the next multiple of 8.
    assert_eq!(
        toks("if x:\n\ty\n\tz\n")
            .iter()
            .filter(|t| **t == Indent)
            .count(),
        1
    );
    // CRLF and lone CR.
    assert_eq!(
        toks("a\r\nb\rc"),
        vec![Name, Newline, Name, Newline, Name, Newline, EndMarker]
    );
}

#[test]
fn implicit_and_explicit_continuation() {
    use Tok::*;
    assert_eq!(
        toks("x = (1,\n  2)\n"),
        vec![
            Name,
            Op(super::Op::Equal),
            Op(super::Op::LPar),
            Int(crate::ast::Int::Small(1)),
            Op(super::Op::Comma),
            Int(crate::ast::Int::Small(2)),
            Op(super::Op::RPar),
            Newline,
            EndMarker
        ]
    );
    assert_eq!(
        toks("x = 1 + \\\n  2\n")
            .iter()
            .filter(|t| **t == Newline)
            .count(),
        1
    );
    assert_eq!(toks("[\n# c\n]\n").len(), 4);
    let e = err("x = 1 + \\");
    assert_eq!(e.msg, "unexpected EOF while parsing");
    assert!(e.incomplete);
    assert_eq!(
        msg("x = 1 \\ 2"),
        "unexpected character after line continuation character"
    );
}

#[test]
fn indentation_errors() {
    let e = err("if x:\n    a\n  b\n");
    assert_eq!(e.msg, "unindent does not match any outer indentation level");
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
    assert_eq!(
        toks("if x:\n    \ty\n")
            .iter()
            .filter(|t| **t == Tok::Indent)
            .count(),
        1
    );
    let e = err("if x:\n        a\n\tb\n");
    assert_eq!(e.kind, SyntaxErrorKind::Tab);
    let mut deep = String::new();
    for i in 0..120 {
        for _ in 0..i {
            deep.push(' ');
        }
        deep.push_str("if x:\n");
    }
    let e = err(&deep);
    assert_eq!(e.msg, "too many levels of indentation");
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
}

#[test]
fn brackets() {
    let e = err("foo(1, [2, 3)");
    assert_eq!(
        e.msg,
        "closing parenthesis ')' does not match opening parenthesis '['"
    );
    assert_eq!(e.span, Span::new(12, 13));
    assert_eq!(
        msg("foo(1, [2,\n 3)"),
        "closing parenthesis ')' does not match opening parenthesis '[' on line 1"
    );
    assert_eq!(msg("x)"), "unmatched ')'");
    assert_eq!(msg("}"), "unmatched '}'");
    let lexed = tokenize("f(1,\n");
    let e = lexed.error.unwrap();
    assert!(e.soft);
    assert!(e.error.incomplete);
    assert_eq!(e.error.msg, "'(' was never closed");
    assert_eq!(e.error.span, Span::new(1, 2));
    let e = err(&"(".repeat(100_000));
    assert_eq!(e.msg, "too many nested parentheses");
    let ok = format!("{}{}", "[".repeat(200), "]".repeat(200));
    toks(&ok);
    assert_eq!(
        msg(&format!("{}{}", "[".repeat(201), "]".repeat(201))),
        "too many nested parentheses"
    );
}

#[test]
fn integers() {
    let int = |src: &str| match one(src) {
        Tok::Int(i) => i,
        t => panic!("{t:?}"),
    };
    assert_eq!(int("0"), Int::Small(0));
    assert_eq!(int("00"), Int::Small(0));
    assert_eq!(int("0_0"), Int::Small(0));
    assert_eq!(int("1_000"), Int::Small(1000));
    assert_eq!(int("0x_ff"), Int::Small(255));
    assert_eq!(int("0XFF"), Int::Small(255));
    assert_eq!(int("0o17"), Int::Small(15));
    assert_eq!(int("0b1_01"), Int::Small(5));
    assert_eq!(int("9223372036854775807"), Int::Small(i64::MAX));
    assert_eq!(
        int("9223372036854775808"),
        Int::Big {
            digits: String::from("9223372036854775808"),
            radix: 10
        }
    );
    assert_eq!(
        int("0x_FFFF_FFFF_FFFF_FFFF_F"),
        Int::Big {
            digits: String::from("FFFFFFFFFFFFFFFFF"),
            radix: 16
        }
    );
    // A keyword may follow a number directly.
    assert_eq!(line("1if x else 2").len(), 5);
    assert_eq!(line("0x1for").len(), 2);
}

#[test]
fn floats_and_imaginary() {
    assert_eq!(one("1."), Tok::Float(1.0));
    assert_eq!(one(".5"), Tok::Float(0.5));
    assert_eq!(one("1e10"), Tok::Float(1e10));
    assert_eq!(one("1E-5"), Tok::Float(1e-5));
    assert_eq!(one("1.5e+3"), Tok::Float(1500.0));
    assert_eq!(one("1_0.0_1"), Tok::Float(10.01));
    assert_eq!(one("012.5"), Tok::Float(12.5));
    assert_eq!(one("0.1"), Tok::Float(0.1));
    assert_eq!(one("1j"), Tok::Imag(1.0));
    assert_eq!(one("1.5J"), Tok::Imag(1.5));
    assert_eq!(one("012j"), Tok::Imag(12.0));
    assert_eq!(one("1e5j"), Tok::Imag(1e5));
    assert_eq!(line("1 .real").len(), 3);
}

#[test]
fn number_errors() {
    let lz = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    assert_eq!(msg("012"), lz);
    assert_eq!(msg("0_1"), lz);
    assert_eq!(msg("1abc"), "invalid decimal literal");
    assert_eq!(msg("1_"), "invalid decimal literal");
    assert_eq!(msg("1__0"), "invalid decimal literal");
    assert_eq!(msg("1e+"), "invalid decimal literal");
    assert_eq!(msg("1.__class__"), "invalid decimal literal");
    assert_eq!(msg("0x"), "invalid hexadecimal literal");
    assert_eq!(msg("0xg"), "invalid hexadecimal literal");
    assert_eq!(msg("0x1_"), "invalid hexadecimal literal");
    assert_eq!(msg("0o"), "invalid octal literal");
    assert_eq!(msg("0o8"), "invalid digit '8' in octal literal");
    assert_eq!(msg("0b102"), "invalid digit '2' in binary literal");
    assert_eq!(msg("0b"), "invalid binary literal");
    assert_eq!(msg("1jx"), "invalid imaginary literal");
}

#[test]
fn number_error_spans_end_on_a_character_boundary() {
    // Found by the lex fuzz target: the span ended inside the multi-byte character.
    for src in ["1é", "1\u{FFFD}", "0x1日"] {
        let span = err(src).span;
        assert!(
            src.get(span.start as usize..span.end as usize).is_some(),
            "{src:?}: {span:?}"
        );
    }
}

#[test]
fn strings_and_prefixes() {
    assert_eq!(one("'a'"), s("a"));
    assert_eq!(one("\"a\""), s("a"));
    assert_eq!(one("'''a\nb'''"), s("a\nb"));
    assert_eq!(one("\"\"\"a\"b\"\"\""), s("a\"b"));
    assert_eq!(one("''"), s(""));
    assert_eq!(one("''''''"), s(""));
    assert_eq!(one("u'x'"), s("x"));
    assert_eq!(one("U'x'"), s("x"));
    assert_eq!(one("r'\\n'"), s("\\n"));
    assert_eq!(one("R'\\''"), s("\\'"));
    assert_eq!(one("b'ab'"), Tok::Bytes(b"ab".to_vec()));
    assert_eq!(one("Br'\\x00'"), Tok::Bytes(b"\\x00".to_vec()));
    assert_eq!(one("rB'\\n'"), Tok::Bytes(b"\\n".to_vec()));
    assert_eq!(one("'\u{e9}\u{65e5}'"), s("\u{e9}\u{65e5}"));
    assert_eq!(one("'''a\r\nb'''"), s("a\nb"));
    match one("f'{x}'") {
        Tok::FStr { raw: false, body } => assert_eq!(body, Span::new(2, 5)),
        t => panic!("{t:?}"),
    }
    assert!(matches!(one("Rf'x'"), Tok::FStr { raw: true, .. }));
    assert!(matches!(one("fR'x'"), Tok::FStr { raw: true, .. }));
    // Not prefixes: a name followed by a string.
    assert_eq!(line("ur'x'"), vec![Tok::Name, s("x")]);
    assert_eq!(line("bu'x'"), vec![Tok::Name, s("x")]);
}

#[test]
fn escapes() {
    assert_eq!(
        one(r#"'\\ \' \" \a \b \f \n \r \t \v'"#),
        s("\\ ' \" \x07 \x08 \x0c \n \r \t \x0b")
    );
    assert_eq!(one(r"'\0\101\1010\777'"), s("\0AA0\u{1ff}"));
    assert_eq!(one(r"'\x41\u00e9\U0001F600'"), s("A\u{e9}\u{1F600}"));
    assert_eq!(
        one(r"'\N{EM DASH}\N{bullet}\N{LATIN SMALL LETTER E WITH ACUTE}'"),
        s("\u{2014}\u{2022}\u{e9}")
    );
    assert_eq!(
        one(r"'\N{GREEK SMALL LETTER ALPHA}\N{GREEK CAPITAL LETTER OMEGA}\N{SNOWMAN}'"),
        s("\u{3b1}\u{3a9}\u{2603}")
    );
    assert_eq!(
        one(r"'\N{DIGIT SEVEN}\N{LATIN CAPITAL LETTER Q}\N{DEGREE SIGN}\N{EURO SIGN}'"),
        s("7Q\u{b0}\u{20ac}")
    );
    assert_eq!(
        one(r"'\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{cjk unified ideograph-20000}'"),
        s("\u{4e2d}\u{20000}")
    );
    // Unknown escapes keep the backslash.
    assert_eq!(one(r"'\d\q\é'"), s("\\d\\q\\\u{e9}"));
    // Backslash-newline continues the literal.
    assert_eq!(one("'a\\\nb'"), s("ab"));
    assert_eq!(one("'''a\\\r\nb'''"), s("ab"));
    // Bytes.
    assert_eq!(
        one(r"b'\x00\xff\n\101\777\q\u1234'"),
        Tok::Bytes(b"\x00\xff\nA\xff\\q\\u1234".to_vec())
    );
    assert_eq!(one(r"b'\N{DASH}'"), Tok::Bytes(b"\\N{DASH}".to_vec()));
}

#[test]
fn string_errors() {
    let e = err("x = 'abc\ny = 1\n");
    assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
    assert!(!e.incomplete);
    assert_eq!(e.span, Span::new(4, 5));
    let e = err("x = 1\ns = '''abc\n\n");
    assert_eq!(
        e.msg,
        "unterminated triple-quoted string literal (detected at line 3)"
    );
    assert!(e.incomplete);
    let e = err("'abc\\\n");
    assert!(e.incomplete);
    assert_eq!(
        msg(r"'\N{NOT A REAL NAME}'"),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-18: unknown Unicode character name"
    );
    assert_eq!(
        msg(r"'\x1'"),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
    );
    assert_eq!(
        msg(r"'ab\u12'"),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \\uXXXX escape"
    );
    assert_eq!(
        msg(r"'\U00110000'"),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"
    );
    assert_eq!(
        msg(r"'\N'"),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"
    );
    assert_eq!(
        msg(r"b'\x1'"),
        "(value error) invalid \\x escape at position 0"
    );
    assert_eq!(
        msg("b'\u{e9}'"),
        "bytes can only contain ASCII literal characters"
    );
}

#[test]
fn bad_characters() {
    let lexed = tokenize("a $ b");
    let e = lexed.error.unwrap();
    assert_eq!(e.error.msg, "invalid syntax");
    assert!(e.soft);
    assert_eq!(msg("a ? b"), "invalid syntax");
    assert_eq!(
        msg("x = 1 \u{20ac}"),
        "invalid character '\u{20ac}' (U+20AC)"
    );
    assert_eq!(msg("x\u{a0}= 1"), "invalid non-printable character U+00A0");
    let e = err("x = 1\0");
    assert_eq!(e.msg, "source code cannot contain null bytes");
    assert_eq!(e.span, Span::new(5, 6));
    // A byte order mark at the start is skipped.
    assert_eq!(
        toks("\u{feff}x"),
        vec![Tok::Name, Tok::Newline, Tok::EndMarker]
    );
}

#[test]
fn expression_mode() {
    let src = "f'{a +\n b}'";
    let lexed = tokenize_expr(src, 3, 9);
    assert!(lexed.error.is_none());
    let t: Vec<Tok> = lexed.tokens.iter().map(|t| t.tok.clone()).collect();
    assert_eq!(t, vec![Tok::Name, op(Op::Plus), Tok::Name, Tok::EndMarker]);
    assert_eq!(lexed.tokens[2].span, Span::new(8, 9));
}

#[test]
fn spans() {
    let lexed = tokenize("ab  'c'\n");
    assert_eq!(lexed.tokens[0].span, Span::new(0, 2));
    assert_eq!(lexed.tokens[1].span, Span::new(4, 7));
    assert_eq!(lexed.tokens[2].span, Span::new(7, 8));
}

#[test]
fn line_index() {
    let src = "ab\né日x\r\nlast\rz";
    let idx = LineIndex::new(src);
    assert_eq!(idx.line_col(0), (1, 1));
    assert_eq!(idx.line_col(2), (1, 3));
    assert_eq!(idx.line_col(3), (2, 1));
    // 'x' is after é (2 bytes) and 日 (3 bytes): byte 8, character column 3.
    assert_eq!(idx.line_col(8), (2, 3));
    assert_eq!(idx.line_col(11), (3, 1));
    assert_eq!(idx.line_col(16), (4, 1));
    assert_eq!(idx.line_col(17), (4, 2));
    assert_eq!(idx.line_col(1000), (4, 985));
    assert_eq!(idx.line_text(src, 1), "ab");
    assert_eq!(idx.line_text(src, 2), "é日x");
    assert_eq!(idx.line_text(src, 3), "last");
    assert_eq!(idx.line_text(src, 4), "z");
    assert_eq!(idx.line_text(src, 5), "");
    assert_eq!(idx.line_text(src, 0), "");
    assert_eq!(idx.line_count(), 4);
}
