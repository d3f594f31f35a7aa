# bool() with no argument, __bool__/__len__ protocols, invalid __bool__ results, and keyword/count misuse.
print(bool(), bool(0), bool(-1), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(()), bool({0}))
print(bool(0j if False else 0), bool(range(0)), bool(range(-1, 0)), bool(b""), bool(bytearray(1)))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass
print(bool(L(0)), bool(L(3)), bool(B(True)), bool(B(False)), bool(Both()), bool(Neither()))
print(not L(0), not Both(), "yes" if L(2) else "no")
for obj in [B(1), B(None), B("true"), L(-1), L("3"), L(2 ** 70)]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for call in [lambda: bool(1, 2), lambda: bool(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    if B(0):
        pass
except TypeError as e:
    print("TypeError in if:", e)
print(True + True, True * 10, -True, ~True, True // 2, bool.__mro__[1].__name__, isinstance(True, int))
print(True == 1, hash(True) == hash(1), {True: "a", 1: "b"}, str(True), repr(False))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
