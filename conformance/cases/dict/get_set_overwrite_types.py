d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
print(d)
d[1] = [d[1]]
print(d)
print(d[1][0])
