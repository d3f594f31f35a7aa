# dict | dict merges with right-hand values winning; |= also accepts iterables of pairs.
d1 = {"a": 1, "b": 2}
print(d1 | {"c": 3}, {"a": 0} | d1, d1 | {}, {} | {})
print(d1 | {"a": 9}, list(({"z": 0} | d1).keys()))
m = dict(d1)
alias = m
m |= {"a": 10}
m |= [("z", 26)]
m |= {"b": 20}.items()
print(m, alias is m)
print(d1)
for f in [lambda: d1 | [("x", 1)], lambda: d1 | None, lambda: [("x", 1)] | d1]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
def ior_bad():
    t = {}
    t |= 5
try:
    ior_bad()
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    pass
print(type(D(a=1) | {}).__name__, type({} | D(a=1)).__name__)
