# `in` on an iterator consumes it up to and including the first match.
# requires: float
it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it))
it = iter([1, 2, 3])
print(9 in it, list(it))
it = iter("abcabc")
print("c" in it, "a" in it, "".join(it))
g = (x * 2 for x in range(6))
print(4 in g, 4 in g, next(g, "end"))
m = map(str, range(5))
print("2" in m, list(m))
z = zip("ab", "cd")
print(("b", "d") in z, list(z))
e = enumerate("xyz")
print((1, "y") in e, list(e))
class Eq:
    def __eq__(self, other):
        print("cmp", other)
        return other == 2
print(Eq() in iter([1, 2, 3]))
print(Eq() in [1, 2, 3])
r = range(10)
print(5 in r, 5 in r, 5.0 in r, "5" in r, 10 in r, -1 in range(-5, 0))
f = filter(None, [0, 1, 0, 2, 3])
print(2 in f, list(f))
print(1 not in iter([1]), 1 not in iter([]))
