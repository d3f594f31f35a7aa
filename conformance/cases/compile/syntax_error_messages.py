# compile raises SyntaxError with CPython's messages for common malformed sources.
sources = [
    "1 +",
    "(1, 2",
    "[1, 2",
    "{1: 2",
    "if x\n    pass",
    "while True print(1)",
    "'abc",
    "'''abc",
    "a b",
    "x = 1 2",
    "f(x for x in y, 1)",
    "1 if 2",
    "def f(x=1, y): pass",
    "f(a=1, b)",
    "f(**k, *a)",
    "def f(a, a): pass",
    "print 'x'",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
