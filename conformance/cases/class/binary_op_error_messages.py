# TypeError messages for each unsupported binary operator with user objects on either side.
class A:
    pass
a = A()
ops = [
    ('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
    ('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y),
    ('**', lambda x, y: x ** y), ('@', lambda x, y: x @ y), ('<<', lambda x, y: x << y),
    ('>>', lambda x, y: x >> y), ('&', lambda x, y: x & y), ('|', lambda x, y: x | y),
    ('^', lambda x, y: x ^ y),
]
for sym, f in ops:
    for left, right in ((a, 1), (1.5, a)):
        try:
            f(left, right)
        except TypeError as e:
            print(sym, '->', e)
try:
    divmod(a, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(a, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
