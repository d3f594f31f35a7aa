x = None
y = [None]
print(x is None, x is not None)
print(y[0] is None)
print(y is None)
print(None is None)
print(not x is None)
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c)
