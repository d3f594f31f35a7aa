# Generator expressions: only the first iterable sees class scope; functions' locals are visible.
class K:
    base = [1, 2, 3]
    scale = 10
    doubled = list(v * 2 for v in base)
    try:
        scaled = list(v * scale for v in base)
    except NameError as e:
        scaled = "NameError: " + str(e)
    pairs = [(a, b) for a in base for b in range(a) if b]
print(K.doubled)
print(K.scaled)
print(K.pairs)
def f():
    scale = 3
    return list(v * scale for v in range(3))
print(f())
def nested():
    outer = [1, 2]
    return list(list(o * i for i in range(2)) for o in outer)
print(nested())
v = "module v"
out = list(v for v in "ab")
print(out, v)
