# requires: float
d = {0.5: "half", 1.5: "one and half", -0.0: "neg zero"}
print(d)
print(d[0.5], d[0.0])
d[0.1 + 0.2] = "sum"
print(0.3 in d, (0.1 + 0.2) in d)
