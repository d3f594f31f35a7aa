# Explicit __hash__ = None makes a class unhashable even without __eq__.
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash() == NoHash(), NoHash.__hash__)
# Unhashable subclass of a hashable builtin.
class UTuple(tuple):
    __hash__ = None
try:
    hash(UTuple((1,)))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1,)) == hash(tuple(UTuple((1,)))))
# Builtin unhashables for comparison.
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
