# TypeError messages for ordering comparisons between incompatible types, including sort and max.
pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, None), ({}, {}), ({1}, 1), ((1,), [1])]
for a, b in pairs:
    for name, f in [("<", lambda x, y: x < y), (">=", lambda x, y: x >= y)]:
        try:
            f(a, b)
            print(name, "ok")
        except TypeError as e:
            print(type(e).__name__, e)
print(1 == "1", [1] == (1,), None != 0)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [2, "x"])
try:
    (1, None) < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class P:
    pass
try:
    P() < P()
except TypeError as e:
    print(type(e).__name__, e)
try:
    P() <= 5
except TypeError as e:
    print(type(e).__name__, e)
