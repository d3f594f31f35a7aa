d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
total = 0
for k in d:
    total += d[k]
print(total)
for k in {}:
    print("never")
