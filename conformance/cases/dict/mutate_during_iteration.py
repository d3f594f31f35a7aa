d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d) > 2)
e = {1: 1, 2: 2}
for k in e:
    e[k] = e[k] * 10
print(e)
