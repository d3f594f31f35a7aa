# Cooperative __init__ through a diamond runs each class exactly once, in MRO order.
log = []
class A:
    def __init__(self):
        log.append('A')
        super().__init__()
class B(A):
    def __init__(self):
        log.append('B')
        super().__init__()
class C(A):
    def __init__(self):
        log.append('C')
        super().__init__()
class D(B, C):
    def __init__(self):
        log.append('D')
        super().__init__()
D()
print(log)
log.clear()
C()
print(log)

# Keyword arguments passed along the chain, each class consuming its own.
class P:
    def __init__(self, **kw):
        self.rest = kw
class Q(P):
    def __init__(self, q=0, **kw):
        self.q = q
        super().__init__(**kw)
class R(P):
    def __init__(self, r=0, **kw):
        self.r = r
        super().__init__(**kw)
class S(Q, R):
    pass
s = S(q=1, r=2, extra=3)
print(s.q, s.r, s.rest)
