# bool operands in every binary operator: arithmetic gives int, bitwise between bools gives bool.
# requires: float
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b), ("/", lambda a, b: a / b)]
for sym, f in ops:
    row = []
    for a, b in [(True, True), (False, True), (True, 2), (3, True), (True, 1.5)]:
        try:
            r = f(a, b)
            row.append("%r:%s" % (r, type(r).__name__))
        except TypeError as e:
            row.append("TypeError")
    print(sym, " ".join(row))
for a, b in [(True, False), (False, False)]:
    for sym, f in ops[:5]:
        try:
            f(a, b)
        except ZeroDivisionError as e:
            print(sym, type(e).__name__, e)
print(~True, -False, +True, abs(True), not True, True < 2, False >= 0)
