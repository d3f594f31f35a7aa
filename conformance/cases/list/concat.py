a = [1, 2]
b = [3]
c = a + b
print(c)
print(a, b)
print([] + [])
print(a + [] + a)
a += [9]
print(a)
try:
    print(a + (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a + "x")
except TypeError as e:
    print(type(e).__name__, e)
