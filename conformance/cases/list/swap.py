a = [1, 2, 3, 4]
a[0], a[3] = a[3], a[0]
print(a)
i = 1
a[i], a[i + 1] = a[i + 1], a[i]
print(a)
x, y = 1, 2
x, y = y, x
print(x, y)
