a = [0] * 10000
i = 0
while i < 10000:
    a[i] = i * 2
    i += 1
print(len(a), a[0], a[-1], a[5000])
print(a[9995:])
print(a[::2500])
b = a + a
print(len(b), b[10000])
