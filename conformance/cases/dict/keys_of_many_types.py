# requires: float, bigint
d = {1: "a", "1": "b", (1,): "c", None: "d", 2.5: "e", 2 ** 80: "f", False: "g"}
print(d[1], d["1"], d[(1,)], d[None], d[2.5], d[2 ** 80], d[0])
print(len(d))
print(d)
