# Elements with equal hashes but unequal values are all kept; equality decides membership.
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%r)" % self.v

s = {Key(1), Key(2), Key(3), Key(1)}
print(len(s))
print(Key(2) in s, Key(4) in s, 42 in s)
s.remove(Key(2))
print(len(s), Key(2) in s, sorted(k.v for k in s))
s.add(Key(2))
s.add(Key(2))
print(len(s))
s.discard(Key(1))
print(sorted(k.v for k in s))
t = {Key(3), Key(5)}
print(sorted(k.v for k in s & t), sorted(k.v for k in s | t), sorted(k.v for k in s - t))
print({-1, -2} == {-2, -1}, len({-1, -2}), -1 in {-2}, -2 in {-1})
print(len({0, 0.0, False, -0.0}), len({1, 1.0, True}), len({2**64, 2**64 + 0}))
