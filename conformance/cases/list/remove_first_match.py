# remove deletes only the first equal item, compared by identity or ==, left to right.
# requires: float
a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
a.remove(1)
print(a)
b = [1.0, 1, True]
b.remove(1)
print(b)
c = [[1], [1], (1,)]
c.remove((1,))
print(c)
c.remove([1])
print(c, len(c))
class Noisy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("compare", self.v, other)
        return self.v == other
    def __repr__(self):
        return "N%d" % self.v
d = [Noisy(1), Noisy(2), Noisy(3)]
d.remove(2)
print(d)
try:
    d.remove(9)
except ValueError as e:
    print(type(e).__name__, e)
e = ["a", "b", "a"]
while "a" in e:
    e.remove("a")
print(e)
