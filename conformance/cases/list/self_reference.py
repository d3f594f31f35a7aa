a = [1, 2]
a.append(a)
print(a)
print(len(a))
print(a[2][2][0])
b = [a]
print(b)
c = []
d = [c]
c.append(d)
print(c)
print(d)
