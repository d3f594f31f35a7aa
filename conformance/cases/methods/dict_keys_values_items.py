d = {"x": 1, "y": 2, "z": 3}
for k in d.keys():
    print(k)
for v in d.values():
    print(v)
for k, v in d.items():
    print(k, v)
print(len(d.keys()), len(d.values()), len(d.items()))
print("x" in d.keys(), 2 in d.values(), ("y", 2) in d.items())
