# zip(strict=True) reports which argument is shorter or longer, counting from 1.
for args in [([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2], [1, 2, 3]),
             ([1], [], [1]), ([], [1]), ([1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip("ab", [1], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip("ab", "cd", strict=True)), list(zip("a", strict=True)))
print(list(zip([], [], strict=True)), list(zip("ab", "abc", strict=False)))
try:
    zip("a", strict=True, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    raise KeyError("gen")
try:
    list(zip(gen(), [1, 2], strict=True))
except KeyError as e:
    print(type(e).__name__, e)
print(list(zip(strict=True)), list(zip(strict=False)))
