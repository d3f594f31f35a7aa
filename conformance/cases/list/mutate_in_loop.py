a = [1, 2, 3]
for x in a:
    if x < 10:
        a.append(x * 10)
print(a)
b = [1, 2, 3, 4]
seen = []
for x in b:
    seen.append(x)
    if x == 2:
        del b[0]
print(seen, b)
