# Checks that unterminated strings and unbalanced brackets are SyntaxErrors at compile time.
srcs = [
    "'abc",
    '"abc',
    "'''abc",
    '"""abc\n\nmore',
    "'abc\ndef'",
    "b'abc",
    "r'abc\\'",
    "(1, 2",
    "[1, 2)",
    "{1: 2]",
    "1)",
    "]",
    "f(1, (2, 3)",
    "'a' 'b",
    "x = '''",
]
for src in srcs:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
print(eval("'''a\nb'''"))
print(eval("'a\\\nb'"))
