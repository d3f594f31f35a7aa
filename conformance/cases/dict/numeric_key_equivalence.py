# requires: float
d = {}
d[1] = "int"
print(d[1], d[1.0], d[True])
d[1.0] = "float"
print(d)
d[True] = "bool"
print(d)
print(len(d))
d[0] = "zero"
print(d[False], d[0.0], d[-0.0])
print(2.0 in d, 0 in d)
e = {1.0: "a"}
e[1] = "b"
print(e)
