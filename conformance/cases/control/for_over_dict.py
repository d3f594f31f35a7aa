d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print(k)
for k in d:
    d[k] = d[k] * 2
print(d)
