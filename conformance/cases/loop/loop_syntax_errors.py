# Checks that break/continue outside a loop, and malformed loop headers, are SyntaxErrors.
srcs = [
    "break",
    "continue",
    "if 1:\n    break",
    "def f():\n    break",
    "for i in x:\n    def f():\n        continue",
    "for i in x:\n    class C:\n        break",
    "while 1:\n    pass\nelse:\n    break",
    "for i in x:\n    pass\nelse:\n    continue",
    "for 1 in x:\n    pass",
    "for f() in x:\n    pass",
    "for i in x\n    pass",
    "while:\n    pass",
    "for i in x:\n    try:\n        pass\n    finally:\n        break",
    "for i in x:\n    with a:\n        continue",
    "for i, in x:\n    pass",
    "for (i) in x:\n    pass",
    "for *i in x:\n    pass",
    "for i in *x, *y:\n    pass",
]
for src in srcs:
    try:
        compile(src, "f", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__)
