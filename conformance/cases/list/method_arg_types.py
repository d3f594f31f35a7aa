# list methods given arguments of the wrong type raise TypeError with CPython's messages.
# requires: float
a = [1, 2, 3]
tests = [
    lambda: a.pop("1"), lambda: a.pop(1.0), lambda: a.pop(None), lambda: a.insert("0", 5),
    lambda: a.insert(1.5, 5), lambda: a.index(1, "a"), lambda: a.index(1, 0, 2.0),
    lambda: a.index(1, None), lambda: a.extend(5), lambda: a.extend(None), lambda: a[1.0],
    lambda: a["x"], lambda: a[None], lambda: a * "2", lambda: a * 2.0, lambda: "x" * a,
    lambda: a + (4,), lambda: a + "s", lambda: a + None, lambda: a - [1], lambda: a < 5,
    lambda: a.sort(key=5), lambda: list.append(5, 1), lambda: a.__setitem__(1.5, 0),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(a)
b = [1]
b += (2, 3)
b += "ab"
b += {9: 0}
b += range(2)
print(b)
try:
    b += 5
except TypeError as e:
    print(type(e).__name__, e)
print(a.pop(True), a.insert(False, "f"), a, a.index(3, True), a[True])
