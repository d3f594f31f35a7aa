# list/tuple/set/dict built from iterators, partial failures and dict's pair requirements.
print(list(iter([1, 2])), tuple(map(abs, [-1])), set(filter(None, [0, 3])), dict(enumerate("ab")))
print(dict(zip("ab", "cd")), dict([("k", 1)], x=2), dict(iter([["a", 1], "bc"])))
print(list(range(3)) + list(reversed(range(3))), "".join(map(str, range(5))))
def gen():
    yield 1
    yield 2
    raise ValueError("mid")
for name, ctor in [("list", list), ("tuple", tuple), ("set", set), ("sorted", sorted), ("sum", sum), ("max", max)]:
    try:
        print(ctor(gen()))
    except ValueError as e:
        print(name, type(e).__name__, e)
for bad in [[(1, 2, 3)], [1], ["abc"], [[1]], [None]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(5)
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2]
print(list(a) is a, tuple(t := (1, 2)) is t, list(iter(a)) == a)
