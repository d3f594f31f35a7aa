# tuple() builds from any iterable, returns tuples unchanged, and refuses bad arguments.
# requires: float
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2, 3: 4}), tuple(b"hi"))
print(tuple(x * x for x in range(3)), tuple(map(str, [1])), tuple(zip("ab", "cd")), tuple({}))
t = (1, 2)
print(tuple(t) is t, tuple(t) == t, tuple([t]) == (t,), tuple(iter(t)))
for args, kw in [((1,), {}), ((None,), {}), (([], []), {}), ((), {"iterable": [1]}), ((1.5,), {})]:
    try:
        print(tuple(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(3, 4)
print(p, p.x, type(p).__name__, p == (3, 4), isinstance(p, tuple), len(p), p + (5,))
print(type(p[:]).__name__, type(p + ()).__name__, tuple(p), type(tuple(p)).__name__)
class R(tuple):
    def __repr__(self):
        return "R" + tuple.__repr__(self)
print(R([1, 2]), [R("a")], str(R(())))
