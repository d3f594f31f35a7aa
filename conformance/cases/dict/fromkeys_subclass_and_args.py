# dict.fromkeys on subclasses builds the subclass; argument count errors use CPython's messages.
# requires: float
print(dict.fromkeys(x * 2 for x in range(3)), dict.fromkeys({"z": 1, "y": 2}, ()))
print(dict.fromkeys(iter("cba"), None), dict.fromkeys(b"ab"), dict.fromkeys((1, True, 1.0)))
print({"old": 1}.fromkeys(["new"]))
for args in [(), ([1], 2, 3)]:
    try:
        print(dict.fromkeys(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    dict.fromkeys([1], value=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys(None)
except TypeError as e:
    print(type(e).__name__, e)
shared = dict.fromkeys(range(3), [])
shared[0].append("x")
print(shared, shared[0] is shared[2])
class D(dict):
    pass
d = D.fromkeys("ab", 0)
print(type(d).__name__, d)
class M(dict):
    def __missing__(self, k):
        return "missing:" + str(k)
m = M.fromkeys([1])
print(type(m).__name__, m, m[2])
print(D(a=1).fromkeys("q"))
