# With only __lt__ defined, > works via reflection but <= and >= raise TypeError.
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "V%d" % self.n
a, b = V(1), V(2)
print(a < b, b < a, a > b, b > a)
for name, f in [("<=", lambda x, y: x <= y), (">=", lambda x, y: x >= y)]:
    try:
        f(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(4)]), min(V(9), V(7)))
print(a == V(1), a != V(1))
class G:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        return self.n > other.n
    def __repr__(self):
        return "G%d" % self.n
print(sorted([G(2), G(1), G(3)]), G(1) < G(2))
try:
    G(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
class LE:
    def __le__(self, other):
        return "le called"
print(LE() <= 1, 1 >= LE())
try:
    LE() < 1
except TypeError as e:
    print(type(e).__name__, e)
