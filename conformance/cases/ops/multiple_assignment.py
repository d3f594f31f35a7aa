a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y)
p, q = q, p = 1, 2
print(p, q)
