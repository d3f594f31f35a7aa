# Checks @ and @= dispatch to __matmul__, __imatmul__ and __rmatmul__.
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * (o.v if isinstance(o, M) else o))
    def __rmatmul__(self, o):
        return M(o * 1000 + self.v)
    def __repr__(self):
        return "M(%d)" % self.v

a = M(2)
b = M(3)
print(a @ b, a @ 5, 7 @ a)
orig = a
a @= b
print(a, a is orig)
class IM(M):
    def __imatmul__(self, o):
        self.v += 1
        return self
c = IM(1)
c0 = c
c @= b
print(c, c is c0)
n = 4
n @= M(1)
print(n)
try:
    x = 2
    x @= 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] @ [2]
except TypeError as e:
    print(type(e).__name__, e)
