# Slice assignment takes any iterable on the right; a non-iterable is a TypeError.
# requires: float
a = [0, 0]
for v in [(1, 2), "hi", range(3), {7: "x", 8: "y"}, {5}, (x * 10 for x in range(3)),
          iter([4, 4]), b"AB", [[], []], map(str, [1, 2]), zip("ab", "cd")]:
    a[:1] = v
    print(a)
    a = [0, 0]
for bad in [5, None, 1.5, len]:
    try:
        a[:] = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a[::2] = 7
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
a[1:] = Seq(4)
print(a)
def gen():
    yield "g1"
    yield "g2"
a = [0, 0]
a[::-1] = gen()
print(a)
