# Invalid assignment and deletion targets are rejected with CPython's specific messages.
sources = [
    "1 = x",
    "f() = 1",
    "None = 1",
    "True = 1",
    "x + 1 = 2",
    "del 1",
    "del f()",
    "*a = 1",
    "a, *b, *c = d",
    "(a, b) += 1",
    "[x for x in y] = 1",
    "'s' = 1",
    "for 1 in x: pass",
    "with a as 1: pass",
    "lambda: 1 = 2",
    "a if b else c = 1",
    "x := 1",
    "f(x=1, x=2)",
]
for src in sources:
    try:
        compile(src, "<targets>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
