a = (1)
b = (1,)
c = ()
d = 1,
print(type(a), type(b), type(c), type(d))
print(a, b, c, d)
print(len(b), len(d))
print((1) == 1, (1,) == 1)
