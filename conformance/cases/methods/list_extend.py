a = [1]
a.extend([2, 3])
print(a)
a.extend((4,))
print(a)
a.extend("ab")
print(a)
a.extend([])
print(a)
a.extend(range(2))
print(a)
b = [0]
b.extend(b)
print(b)
try:
    a.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
