# zip() with no, one and many iterables, lazy consumption order, strict=True length checks, and bad arguments.
print(list(zip()), list(zip([])), list(zip("ab")), list(zip("abc", range(5), [True, False])))
print(dict(zip("xyz", range(3))), list(zip(*[(1, "a"), (2, "b")])), list(zip(*[])), list(zip(*["ab", "cd"])))
calls = []
def gen(name, n):
    for i in range(n):
        calls.append(f"{name}{i}")
        yield i
print(list(zip(gen("a", 2), gen("b", 5))), calls)
it = iter(range(10))
print(list(zip(it, "ab")), next(it))
print(list(zip("ab", "12", strict=True)), list(zip(strict=True)), list(zip([], [], strict=False)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "ab", "a")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
z = zip("abc", "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
for call in [lambda: zip(1, "a"), lambda: zip("a", None), lambda: zip("a", strict=True, extra=1), lambda: zip(x="a")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
pairs = list(zip(range(3), range(3, 6)))
print(pairs, [a * b for a, b in pairs], list(zip(*zip(*pairs))) == pairs)
z = zip([1, 2])
print(iter(z) is z, next(z), list(z), list(z))
