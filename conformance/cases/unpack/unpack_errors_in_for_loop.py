# Checks that unpacking errors in a for-loop target surface with exact messages on the bad item.
items = [(1, 2), (3, 4), (5,), (6, 7)]
done = []
try:
    for a, b in items:
        done.append(a + b)
except ValueError as e:
    print(type(e).__name__, e)
print(done)

try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(type(e).__name__, e)

try:
    for a, *b, c in ["ab", "c"]:
        print(a, b, c)
except ValueError as e:
    print(type(e).__name__, e)

try:
    for x, y in [None]:
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    for k, v in {"ab": 1, "xyz": 2}:
        print(k, v)
except ValueError as e:
    print(type(e).__name__, e)

try:
    print([p * q for p, q in [(1, 2), [3], (4, 5)]])
except ValueError as e:
    print(type(e).__name__, e)
