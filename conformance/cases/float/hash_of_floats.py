# hash() of floats agrees with equal ints, maps -0.0 to 0 and infinities to fixed values.
# requires: float, bigint
for x in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e10, 2.0 ** 61, 2.0 ** 62, 1e300, -1e300,
          5e-324, float("inf"), float("-inf")]:
    print(repr(x), hash(x))
print(hash(3.0) == hash(3), hash(2.0 ** 70) == hash(2 ** 70), hash(-1.0) == hash(-1) == -2)
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0.0: "a", -0.0: "b", 0: "c"})
s = {2.0 ** 61 - 1, 0, 2 ** 61 - 1}
print(len(s))
