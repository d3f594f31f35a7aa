# The | and |= operators merge dicts; the right side wins and |= accepts any pair iterable.
# requires: float
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
c |= {"x": -1}.items()
print(a)
for op in [lambda: a | [("k", 1)], lambda: a | None, lambda: [("k", 1)] | a, lambda: a | {1, 2}]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= [1]
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
class D(dict):
    pass
r = D(p=1) | {"q": 2}
print(type(r).__name__, r)
r2 = {"q": 2} | D(p=1)
print(type(r2).__name__, r2)
print({1: "a"} | {1.0: "b"} | {True: "c"}, {**a, **b} == a | b)
