# An assignment expression inside a generator expression binds in the enclosing scope.
def f(data):
    found = any((hit := v) > 3 for v in data)
    return found, hit
print(f([1, 5, 2]))
print(f([4]))
def g():
    total = 0
    gen = ((total := total + v) for v in range(4))
    print("before consuming:", total)
    out = list(gen)
    return out, total
print(g())
values = [3, 8, 1]
print([last := v for v in values], last)
print(list(y for y in range(3) if (z := y) > 0), z)
def h():
    list(w for w in range(1, 4) if (seen := w))
    return seen
print(h())
