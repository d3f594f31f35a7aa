d = {}
i = 0
while i < 1000:
    d[i] = i * i
    i += 1
print(len(d))
print(d[0], d[999], d[500])
i = 0
while i < 1000:
    if i % 3 != 0:
        del d[i]
    i += 1
print(len(d))
n = 0
last = None
for k in d:
    n += 1
    last = k
print(n, last)
print(d[999])
