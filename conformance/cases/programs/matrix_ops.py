# A Matrix class with operator overloading: arithmetic, matmul, reflected and in-place ops, equality, indexing and errors.
class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or not rows[0]:
            raise ValueError("matrix must be non-empty")
        width = len(rows[0])
        if any(len(r) != width for r in rows):
            raise ValueError("ragged rows: %s" % [len(r) for r in rows])
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def filled(cls, n, m, value=0):
        return cls([[value] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return "Matrix(%r)" % self.rows

    def __str__(self):
        cells = [[str(v) for v in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return list(self.rows[idx])

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def _zip(self, other, op, name):
        if isinstance(other, Matrix):
            if self.shape != other.shape:
                raise ValueError(f"shape mismatch for {name}: {self.shape} vs {other.shape}")
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        if isinstance(other, int):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b, "+")

    __radd__ = __add__

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b, "-")

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        return self._zip(other, lambda a, b: a * b, "*")

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return Matrix([[-v for v in r] for r in self.rows])

    def __pos__(self):
        return Matrix(self.rows)

    def __abs__(self):
        return Matrix([[abs(v) for v in r] for r in self.rows])

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        (n, k), (k2, m) = self.shape, other.shape
        if k != k2:
            raise ValueError(f"cannot multiply {n}x{k} by {k2}x{m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, n):
        if n < 0:
            raise ValueError("negative power")
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __iter__(self):
        for r in self.rows:
            yield from r

    def __len__(self):
        return len(self.rows) * len(self.rows[0])

    def __contains__(self, v):
        return any(v in r for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, -1], [5, 2]])
print(a)
print(repr(a + b), repr(a - b), repr(a * b), sep="\n")
print(repr(a @ b), repr(b @ a))
print(repr(a + 10), repr(10 + a), repr(3 * a), repr(1 - a))
print(repr(-a), repr(+b), repr(abs(b)))
print(a == Matrix([[1, 2], [3, 4]]), a != b, a == [[1, 2], [3, 4]])
print(a[0], a[1, 0], a[-1], list(a), len(a), 4 in a, 9 in a, sum(a), max(a))
fib = Matrix([[1, 1], [1, 0]])
print([(fib ** n)[0, 1] for n in range(12)])
print((fib ** 90)[0, 1])
r = Matrix([[1, 2, 3]])
print(r.shape, r.transpose().shape, repr(r @ r.transpose()), repr(r.transpose() @ r))
print(r.transpose())
c = Matrix.identity(3)
c[0, 2] = -7
c @= Matrix.filled(3, 2, 2)
print(repr(c), c.shape)
big = Matrix([[100, -5], [7, 12345]])
print(big)
for bad in [lambda: a + r, lambda: a @ r, lambda: a @ 3, lambda: a + "x", lambda: Matrix([[1], [2, 3]]),
            lambda: Matrix([]), lambda: fib ** -1, lambda: {a: 1}, lambda: a < b, lambda: a[5]]:
    try:
        print("unexpected", bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
