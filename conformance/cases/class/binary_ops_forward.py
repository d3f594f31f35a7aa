# Every binary operator dispatches to its forward dunder with the right operand.
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o): return ('add', self.n, o)
    def __sub__(self, o): return ('sub', self.n, o)
    def __mul__(self, o): return ('mul', self.n, o)
    def __truediv__(self, o): return ('truediv', self.n, o)
    def __floordiv__(self, o): return ('floordiv', self.n, o)
    def __mod__(self, o): return ('mod', self.n, o)
    def __pow__(self, o): return ('pow', self.n, o)
    def __matmul__(self, o): return ('matmul', self.n, o)
    def __lshift__(self, o): return ('lshift', self.n, o)
    def __rshift__(self, o): return ('rshift', self.n, o)
    def __and__(self, o): return ('and', self.n, o)
    def __or__(self, o): return ('or', self.n, o)
    def __xor__(self, o): return ('xor', self.n, o)
v = V(7)
print(v + 1, v - 2, v * 3)
print(v / 4, v // 5, v % 6)
print(v ** 7, v @ 8, v << 9)
print(v >> 10, v & 11, v | 12, v ^ 13)
print(v + 'str', v * [1])
