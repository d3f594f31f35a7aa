# Checks the compile-time restrictions on assignment expressions.
srcs = [
    "x := 1",
    "(a.b := 1)",
    "(a[0] := 1)",
    "((a, b) := (1, 2))",
    "[i := 0 for i in range(3)]",
    "[j for i in range(3) for j in (i := [1])]",
    "[x for x in (y := [1, 2])]",
    "class C:\n    [(z := 1) for q in range(2)]",
    "def f(x=(y := 1)): pass",
    "(x := 1)",
    "print(x := 1)",
    "y = (x := 1) + 1",
    "[(x := 1) for i in range(2)]",
    "def f(a):\n    [(a := 1) for i in range(2)]",
    "x = y := 1",
    "f(a=b := 1)",
    "(lambda: (x := 1))",
    "lambda: x := 1",
]
for src in srcs:
    try:
        compile(src, "f", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__)
