# Dicts compare equal regardless of insertion order; ordering comparisons are TypeErrors.
# requires: float
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b), a == {"x": 1}, {} == {}, {1: 1} == {1.0: 1.0})
print({1: [1]} == {1: [1]}, {1: 2} == [(1, 2)], {1: 2} == {1: 2, 2: 3}, {True: 1} == {1: True})
nan = float("nan")
n = {1: nan}
print(n == n, n == {1: nan}, n == {1: float("nan")})
for op in [lambda: a < b, lambda: a <= b, lambda: a > {}, lambda: {} >= {}, lambda: a < [1]]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
print([{1: 2}] == [{1: 2}], ({1: 2},) == ({1: 2},), {"k": {"n": 1}} == {"k": {"n": 1}})
class E:
    def __eq__(self, other):
        print("E.__eq__")
        return True
    __hash__ = object.__hash__
e = E()
print({1: E()} == {1: E()})
print({1: e} == {1: e})
print({1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)}, {1: 2}.values() == [2])
