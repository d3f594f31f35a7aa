ops = [("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("divmod", divmod)]
for name, op in ops:
    for a, b in [(1j, 2), (5, 2j), (3+4j, 1+1j), (2.0, 1j)]:
        try:
            print(name, op(a, b))
        except TypeError as e:
            print(name, type(e).__name__, e)
x = 4j
try:
    x //= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    x %= 2
except TypeError as e:
    print(type(e).__name__, e)
