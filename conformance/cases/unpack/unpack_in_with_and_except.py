# Checks unpacking targets in with-statements and for-loops over dict items and enumerate.
class Ctx:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *exc):
        return False

with Ctx((1, 2)) as (a, b):
    print(a, b)
with Ctx([1, 2, 3]) as (first, *rest):
    print(first, rest)
with Ctx("x") as v1, Ctx("yz") as (v2, v3):
    print(v1, v2, v3)
try:
    with Ctx((1,)) as (a, b):
        print("not reached")
except ValueError as e:
    print(type(e).__name__, e)

for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (k, v) in enumerate(sorted({"z": 26, "y": 25}.items())):
    print(i, k, v)
for a, b in zip("abc", range(3)):
    print(a, b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
