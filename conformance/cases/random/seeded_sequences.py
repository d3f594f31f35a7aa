# A seeded generator gives CPython's sequence, for every kind of seed.
import random
for seed in [0, 1, 42, -42, 2**32, 2**100 + 7, 1.5, -0.25, True, "hello", "", "ünï", b"bytes", bytearray(b"ba")]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(16))
random.seed(3)
a = [random.random() for _ in range(3)]
random.seed(3)
print(a == [random.random() for _ in range(3)])
