# Checks that deleting non-target expressions is rejected at compile time.
srcs = [
    "del 1",
    "del f()",
    "del a + b",
    "del *a",
    "del a, *b",
    "del (a for a in b)",
    "del [x for x in y]",
    "del a if b else c",
    "del 'str'",
    "del None",
    "del a.b, f()",
    "del lambda: 0",
    "del (x := 1)",
    "del",
    "del a,",
    "del (a), [b], c.d, e[0], f[1:2]",
    "del ((a, b), [c])",
]
for src in srcs:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
