# Checks starred elements in list, tuple and set displays.
a = [1, 2]
b = (3, 4)
print([*a, *b])
print([0, *a, 9, *b, 10])
print((*a, *b))
print((*a,))
print(*a, *b)
t = *a, *b
print(t, type(t).__name__)
print([*"hi", *range(3)])
print(sorted({*a, *b, 2, 3}))
print({*()}, type({*()}).__name__)
print([*[], *[]])
print([*(x * 2 for x in a)])
print([*{"k": 1, "v": 2}])
nested = [[*a, *b], (*b, *a)]
print(nested)
c = [*a]
print(c == a, c is a)
try:
    [*a, *5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {*None}
except TypeError as e:
    print(type(e).__name__, e)
try:
    (*a, *True)
except TypeError as e:
    print(type(e).__name__, e)
