d = {"a": 1, 2: "b"}
print(d.keys())
print(d.values())
print(d.items())
e = {}
print(e.keys(), e.values(), e.items())
