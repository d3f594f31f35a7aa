# Truthiness: __bool__ first, then __len__, else always true.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Plain:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Plain()))
print('yes' if L(2) else 'no', 'yes' if L(0) else 'no', not B(False), not Plain())
print(B(False) or 'fallback', L(1) and 'second', [x.n for x in [L(0), L(1), L(2)] if x])
n = 0
lst = L(3)
while lst:
    lst.n -= 1
    n += 1
print(n, any([L(0), B(False)]), all([L(1), B(True)]))
