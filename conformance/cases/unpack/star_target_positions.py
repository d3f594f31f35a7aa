# Checks starred assignment targets at the start, middle and end, and alone with a trailing comma.
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2, 3, 4]
print(a, b, c)
a, b, *c, d, e = range(7)
print(a, b, c, d, e)
*a, = (1, 2)
print(a)
[*a] = "hey"
print(a)
(*a,) = range(3)
print(a)
*a, b = [1]
print(a, b)
a, *b = [1]
print(a, b)
a, *b, c = [1, 2]
print(a, b, c)
*a, = []
print(a)
first, *rest = "hello"
print(first, rest)
*init, last = b"xyz"
print(init, last)
[a, *b] = {5: 0, 6: 0, 7: 0}
print(a, b)
