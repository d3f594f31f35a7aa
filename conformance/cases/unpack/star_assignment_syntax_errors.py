# Checks that invalid starred and unpacking targets are rejected at compile time.
sources = [
    "*a = [1, 2]",
    "a, *b, *c = [1, 2, 3]",
    "*a, *b = 1, 2",
    "a, b += 1, 2",
    "(a, b) += 1",
    "[a, *b] = [1]",
    "*a, = [1]",
    "print(*)",
    "x = *a",
    "del *a",
    "(1, 2) = 3, 4",
    "a, f() = 1, 2",
    "[*a, *b] = [], []",
    "a, (*b, *c) = 1, (2, 3)",
    "a, (*b, c) = 1, (2, 3)",
]
for src in sources:
    try:
        compile(src, "f", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__)
