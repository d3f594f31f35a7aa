# requires: float
d = {True: "a", 1: "b"}
print(d)
e = {1: "x", True: "y", 1.0: "z"}
print(e)
f = {0: "zero"}
f[False] = "false"
f[0.0] = "float"
print(f)
