# Tuples hash when all items hash; equal tuples hash equal whatever the numeric types.
# requires: float
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash((True,)) == hash((1,)))
print(hash(()) == hash(()), hash(((1,),)) == hash(((1,),)), hash((1, (2, 3))) == hash((1, (2, 3))))
for t in [(1, [2]), ([],), (1, {2: 3}), ((1, 2), {1}), (1, (2, [3]))]:
    try:
        hash(t)
    except TypeError as e:
        print(type(e).__name__, e)
d = {(1, 2): "a", (1.0, 2.0): "b", (True, 2): "c"}
print(d, len(d))
s = {(0,), (0.0,), (False,), (0, 0)}
print(len(s), (0,) in s, (-0.0,) in s)
print(hash((1, frozenset([2]))) == hash((1, frozenset({2}))), {(1, "a"): 0}[(1, "a")])
class H:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        return isinstance(other, H)
print((H(),) == (H(),), hash((H(),)) == hash((H(),)), {(H(), 1): "ok"}[(H(), 1)])
class NoHash:
    __hash__ = None
try:
    {(1, NoHash()): 0}
except TypeError as e:
    print(type(e).__name__, e)
