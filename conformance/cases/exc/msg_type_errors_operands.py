# TypeError messages for binary and unary operators on mismatched builtin types.
cases = [
    ("+", 1, "a"), ("+", "a", 1), ("+", [1], (1,)), ("+", (1,), [1]), ("+", None, 1),
    ("-", "a", "b"), ("-", [1], [1]), ("-", {1}, [1]), ("*", "a", "b"), ("*", [1], [2]),
    ("/", "a", 2), ("//", [1], 2), ("%", [1], 2), ("**", "a", 2), ("<<", 1, "a"),
    (">>", [1], 1), ("&", 1, "a"), ("|", {1: 2}, [1]), ("^", "x", "y"), ("@", 1, 2),
    ("+", {}, {}), ("-", None, None), ("+", b"a", "a"), ("+", "a", b"a"),
]
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
       "**": lambda a, b: a ** b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
       "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
       "@": lambda a, b: a @ b}
for op, a, b in cases:
    try:
        ops[op](a, b)
        print("no error", op)
    except TypeError as e:
        print(op, "->", e)
for f in [lambda: -"a", lambda: +[1], lambda: ~"s", lambda: ~None, lambda: -{}]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
