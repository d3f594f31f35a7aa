# Dict comprehensions keep the first key's position but the last value; sets keep the first equal item.
# requires: float
print({k % 3: k for k in range(7)})
print({1: "int", True: "bool", 1.0: "float"}, {k: str(k) for k in [1, True, 1.0]})
print({x for x in [1, True, 1.0]}, {x for x in [True, 1]}, {x for x in [0.0, 0, False]})
print({c: i for i, c in enumerate("banana")})
print({v: k for k, v in {"a": 1, "b": 1, "c": 2}.items()})
log = []
def key(v):
    log.append("k%d" % v)
    return v
def val(v):
    log.append("v%d" % v)
    return v
print({key(i): val(i) for i in range(2)}, log)
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, {} == {k: 0 for k in ""})
print(sorted({s.lower() for s in ["A", "a", "B"]}), len({(x, x) for x in range(3)}))
