# hash() of ints (including -1 and values around the 2**61-1 modulus), floats, bools and tuples, and unhashable errors.
# requires: float, bigint
M = 2 ** 61 - 1
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(12345))
print(hash(M), hash(M + 1), hash(M - 1), hash(-M), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(2 ** 100) == 2 ** 100 % M, hash(-(2 ** 100)) == -(2 ** 100 % M), hash(10 ** 40))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(-0.0), hash(1.5), hash(1e300), hash(float("inf")), hash(float("-inf")))
print(hash(2.0 ** 70) == hash(2 ** 70), hash(0.1))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((True, 1.0, "" if False else 0)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash((1.0, 2)) == hash((1, 2)))
print(hash(frozenset()), hash(None) == hash(None), hash(range(0)) == hash(range(0)) if False else "skip")
for bad in [[1], {}, {1}, ([],), (1, [2]), bytearray(b"x"), slice(1, 2)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
class Eq:
    def __eq__(self, o):
        return True
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 80)) == hash(2 ** 80), hash(H(True)))
for bad in [H("x"), H(1.5), Eq()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
