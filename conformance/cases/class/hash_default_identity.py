# Default instances hash by identity: usable as dict keys and set members, equal only to themselves.
class A:
    pass
a, b = A(), A()
d = {a: 'a', b: 'b'}
print(d[a], d[b], len(d))
s = {a, b, a}
print(len(s), a in s, A() in s)
print(hash(a) == hash(a), type(hash(a)).__name__, a == b)
print(A.__hash__ is object.__hash__, A.__eq__ is object.__eq__)
# Classes themselves are hashable.
print({A: 1}[A], len({A, A, int}))
