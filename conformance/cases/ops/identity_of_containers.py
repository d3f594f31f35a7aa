a = []
b = []
print(a == b, a is b)
c = a
c.append(1)
print(a, a is c)
t = ()
print(len(t) == 0)
