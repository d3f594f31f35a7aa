# The @ and @= operators dispatch to __matmul__, __rmatmul__ and __imatmul__ like other binary operators.
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if not isinstance(other, M):
            return NotImplemented
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return "rmatmul with %r" % (other,)
    def __repr__(self):
        return "M%r" % (self.rows,)
a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b, b @ a)
print(3 @ a, [1] @ a)
try:
    a @ 3
except TypeError as e:
    print(type(e).__name__, e)
c = a
c @= b
print(c, a, c is a)
class InPlace(M):
    def __imatmul__(self, other):
        self.rows = "replaced in place"
        return self
p = InPlace([[1]])
q = p
p @= M([[2]])
print(p.rows, p is q)
for x, y in [(1, 2), ([1], [2]), ("a", "b")]:
    try:
        x @ y
    except TypeError as e:
        print(type(e).__name__, e)
