# zip(strict=True) raises ValueError on unequal lengths.
print(list(zip([1, 2], 'ab', strict=True)))
print(list(zip(strict=True)))
for args in [([1, 2, 3], 'ab'), ([1], 'ab'), ([1, 2], 'ab', 'a'), ([1, 2], 'ab', 'abc')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2], [3], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3], strict=False)))
