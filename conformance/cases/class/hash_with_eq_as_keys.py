# __hash__ with __eq__ makes equal objects collapse as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return 'Key(%r, %r)' % (self.a, self.b)
d = {Key(1, 2): 'first'}
d[Key(1, 2)] = 'second'
d[Key(2, 1)] = 'other'
print(len(d), d[Key(1, 2)], Key(2, 1) in d, Key(3, 3) in d)
print(sorted(d.values()))
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s)
print(hash(Key(1, 2)) == hash((1, 2)))
# Same hash but unequal: both kept.
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
print(len({Collide(1), Collide(2), Collide(1)}))
# __hash__ returning a non-int is an error.
class BadHash:
    def __hash__(self): return 'h'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
