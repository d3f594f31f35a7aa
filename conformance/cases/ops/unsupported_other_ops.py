# requires: float
tests = [("*", "a", "b"), ("/", "a", 2), ("//", [1], 2), ("%", [1], 2), ("**", "a", 2),
         ("&", "a", 1), ("|", [1], [2]), ("^", None, 1), ("<<", "a", 1), (">>", 1, "a")]
for op, a, b in tests:
    try:
        if op == "*":
            r = a * b
        elif op == "/":
            r = a / b
        elif op == "//":
            r = a // b
        elif op == "%":
            r = a % b
        elif op == "**":
            r = a ** b
        elif op == "&":
            r = a & b
        elif op == "|":
            r = a | b
        elif op == "^":
            r = a ^ b
        elif op == "<<":
            r = a << b
        else:
            r = a >> b
        print(r)
    except TypeError as e:
        print(type(e).__name__, e)
