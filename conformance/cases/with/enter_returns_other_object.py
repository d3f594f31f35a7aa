# The as-target receives whatever __enter__ returns, which need not be the manager itself.
class Opener:
    def __init__(self, value):
        self.value = value
        self.closed = False
    def __enter__(self):
        return self.value
    def __exit__(self, *args):
        self.closed = True

o = Opener([1, 2, 3])
with o as v:
    print(v, type(v).__name__, v is o)
    v.append(4)
print(o.value, o.closed)
with Opener(None) as n:
    print(n)
with Opener(42) as n:
    print(n + 1)
with Opener((7, 8)) as (a, b):
    print(a, b)
with Opener("text") as s:
    print(s.upper())
class Pair:
    def __enter__(self):
        return Opener("inner")
    def __exit__(self, *a):
        print("outer exit")
with Pair() as inner:
    with inner as val:
        print(val)
    print(inner.closed)
