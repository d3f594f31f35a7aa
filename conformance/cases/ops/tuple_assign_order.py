a = 1
b = 2
a, b = b, a + b
print(a, b)
a, b = b, a + b
print(a, b)
l = [1, 2]
i = 0
i, l[i] = 1, 9
print(i, l)
