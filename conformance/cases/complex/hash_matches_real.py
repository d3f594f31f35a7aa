print(hash(complex(1, 0)) == hash(1))
print(hash(complex(2.5, 0)) == hash(2.5))
print(hash(0j) == hash(0) == hash(0.0) == 0)
print(hash(-1+0j) == hash(-1))
print(hash(1j) == hash(complex(0, 1)))
print(hash(3+4j) == hash(complex("3+4j")))
d = {1: "int"}
d[1+0j] = "complex"
print(d, len(d))
s = {1, 1.0, 1+0j}
print(len(s))
print({2j: "a"}[complex(0, 2)])
