# Checks indentation handling: arbitrary consistent widths, tabs, and IndentationError/TabError cases.
ns = {}
exec("if 1:\n x = 1\n if x:\n         y = 2\nz = 3\n", ns)
print(ns["x"], ns["y"], ns["z"])
exec("def f():\n\treturn 7\n", ns)
print(ns["f"]())
exec("if 1:\n    a = 1\n    if a:\n        b = 2\n    c = 3\n", ns)
print(ns["b"], ns["c"])
cases = [
    "  x = 1",
    "if 1:\nx = 1",
    "if 1:\n    x = 1\n  y = 2",
    "if 1:\n\tx = 1\n        y = 2",
    "def f():\npass",
    "for i in []:\n  pass\n    pass",
    "if 1:\n    pass\n\nelse:\n    pass",
    "if 1:\n    pass\n  # comment at odd indent\n    pass",
    "x = (1,\n        2,\n  3)",
    "if 1:\n    x = 1\n    \n    y = 2",
]
for src in cases:
    try:
        compile(src, "f", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, SyntaxError))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
