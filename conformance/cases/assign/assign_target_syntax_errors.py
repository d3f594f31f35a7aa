# Checks that assignment and augmented assignment to non-targets are SyntaxErrors.
srcs = [
    "1 = x", "'s' = x", "None = 1", "True = 1", "f() = 1", "a + b = 1",
    "-a = 1", "a and b = 1", "[x for x in y] = 1", "(a, 1) = 1, 2",
    "a, b += 1", "[a] += [1]", "f() += 1", "1 += 1", "x = 1 = y",
    "lambda: 0 = 1", "a if b else c = 1", "*a += 1", "a.b.c = 1",
    "a[0][1] = 2", "a.b += 1", "a[1:2] += [1]", "() = ()", "x, = 1,",
    "__debug__ = 1", "a.__debug__ = 1", "{a: b} = c", "{a} = b",
]
for src in srcs:
    try:
        compile(src, "f", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__)
