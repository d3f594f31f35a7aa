# requires: float, bigint
d = {2 ** 53: "int"}
print(d[float(2 ** 53)])
d[2.0 ** 60] = "float"
print(d[2 ** 60])
print(2 ** 53 + 1 in d)
print(len(d))
