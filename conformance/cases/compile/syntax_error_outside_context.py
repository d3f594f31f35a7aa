# Statements used outside their allowed context are SyntaxErrors at compile time.
sources = [
    "return 1",
    "return",
    "break",
    "continue",
    "yield 1",
    "yield from x",
    "await x",
    "nonlocal x",
    "def f():\n    nonlocal y",
    "class C:\n    return 1",
    "for x in y:\n    def g():\n        break",
    "while 1:\n    class C:\n        continue",
    "def f():\n    x = 1\n    global x",
    "def f(a):\n    global a",
]
for src in sources:
    try:
        compile(src, "<ctx>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print(type(compile("def f():\n    yield 1\n    return 2", "<ok>", "exec")).__name__)
print(type(compile("for x in y:\n    try:\n        continue\n    finally:\n        break", "<ok>", "exec")).__name__)
