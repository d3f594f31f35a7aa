# enumerate() with negative, huge and keyword starts, and its argument errors.
# requires: bigint, float
print(list(enumerate("ab", -2)), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(enumerate("abc", 2**64)), list(enumerate("ab", -2**70)))
print(list(enumerate("ab", True)), dict(enumerate("abc")))
e = enumerate(x * x for x in range(3))
print(next(e), list(e), next(e, "done"))
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
for args, kw in [((), {}), ((5,), {}), (([], "a"), {}), (([], 1.5), {}), (([], 1, 2), {}),
                 (([],), {"begin": 1}), ((), {"start": 1})]:
    try:
        print(list(enumerate(*args, **kw)))
    except TypeError as e:
        print(args, kw, type(e).__name__, e)
class I:
    def __index__(self):
        return 7
try:
    print(list(enumerate("a", I())))
except TypeError as e:
    print(type(e).__name__, e)
en = enumerate("abc")
print(iter(en) is en, [i for i, _ in en], list(en))
try:
    print(list(enumerate(iterable="xy")), list(enumerate(start=1, iterable="xy")))
except TypeError as e:
    print(type(e).__name__, e)
