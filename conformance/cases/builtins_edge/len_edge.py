# len() on builtin containers and user __len__ returning negatives, non-ints, bools, huge values, and arg errors.
# requires: bigint
print(len(""), len("abc"), len([None] * 5), len({}), len(set()), len(range(10, 0, -3)), len(b"\x00\x01"), len(()))
print(len(range(-5)), len(range(0, 100, 7)), len({1: 2, 1: 3}), len("\n\t"), len([[]]), len(frozenset("aab")))
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
print(len(L(0)), len(L(7)), len(L(True)))
for v in [-1, "3", None, 2 ** 63, 2 ** 100, -(2 ** 100)]:
    try:
        print(len(L(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in [5, None, iter([1]), (x for x in "ab"), object(), L]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: len(), lambda: len([], []), lambda: len(obj=[])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(len(range(2 ** 62)) == 2 ** 62)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
