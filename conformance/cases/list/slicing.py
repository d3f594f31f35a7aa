a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5])
print(a[:3])
print(a[7:])
print(a[-3:])
print(a[:-7])
print(a[5:2])
print(a[20:])
print(a[-20:2])
print(a[3:-3])
b = a[:]
print(b == a, b is a)
