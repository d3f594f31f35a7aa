# slice() objects: constructor forms, attributes of any type, repr, equality and ordering.
print(slice(3), slice(1, 4), slice(1, 4, 2), slice(None), slice(None, None, None))
s = slice(5)
print(s.start, s.stop, s.step)
s = slice("a", [1], (2,))
print(s, s.start, s.stop, s.step)
print(repr(slice(-1, None, -1)), str(slice(0, 0)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2, None), slice(1, 2) == (1, 2))
print(slice(None, 1) == slice(None, 1), slice(1, 2, 3) == slice(1, 2, 3), slice(1) != slice(2))
print(type(slice(1)).__name__, type(slice) is type, isinstance(slice(1), slice))
for args in [(), (1, 2, 3, 4)]:
    try:
        print(slice(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).start = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print({slice(1, 2): 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, x=3)
except TypeError as e:
    print(type(e).__name__, e)
print([slice(1), slice(2)], (slice(None, 1),))
print(slice(1, 2) in [slice(1, 2)], [slice(3)].count(slice(3)), [slice(0), slice(1)].index(slice(1)))
