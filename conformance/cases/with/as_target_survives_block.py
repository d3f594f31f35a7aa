# The as-target stays bound after the block, also when the body raised and was suppressed.
class CM:
    def __init__(self, v, suppress=True):
        self.v, self.suppress = v, suppress
    def __enter__(self):
        return self.v
    def __exit__(self, *a):
        return self.suppress

x = "old"
with CM("new") as x:
    pass
print(x)
with CM("newer") as x:
    raise RuntimeError
print(x)

d = {}
with CM(5) as d["key"]:
    pass
print(d)

class Obj:
    pass
o = Obj()
with CM([1, 2]) as o.attr:
    o.attr.append(3)
print(o.attr)

lst = [0, 0, 0]
with CM("mid") as lst[1]:
    pass
print(lst)

with CM((1, 2, 3)) as (first, *rest):
    pass
print(first, rest)

try:
    with CM((1, 2), suppress=False) as (p, q, r):
        print("not reached")
except ValueError as e:
    print(type(e).__name__, e)
