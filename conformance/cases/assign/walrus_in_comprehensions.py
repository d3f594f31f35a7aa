# Checks assignment expressions inside comprehension conditions and element expressions.
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6])
print(y)
print([(x, half) for x in data if (half := x // 2)])
running = 0
print([running := running + x for x in data], running)
print({k: (v := k * k) for k in range(3)}, v)
print(sorted({(s := c.upper()) for c in "abc"}), s)
print(list((g := i) for i in range(3)), g)
def f(items):
    if any((bad := i) < 0 for i in items):
        return "negative", bad
    return "ok", None
print(f([1, 2, -3, -4]), f([1]))
def g():
    return [[(last := a * b) for b in range(3)] for a in range(2)], last
print(g())
values = [(n, sq) for n in range(6) if (sq := n * n) % 2 == 0 if sq > 0]
print(values)
