# abs() on ints, bools, big ints, objects with __abs__, and its TypeErrors for bad types, counts and keywords.
# requires: bigint
print(abs(0), abs(-0), abs(-1), abs(7), abs(True), abs(False), type(abs(True)).__name__)
print(abs(-2 ** 63), abs(2 ** 100), abs(-(10 ** 30) + 1))
print(abs(-9223372036854775807 - 1), abs(-4611686018427387904))

class Vec:
    def __init__(self, *c):
        self.c = c
    def __abs__(self):
        return sum(x * x for x in self.c)

class Weird:
    def __abs__(self):
        return "not a number"

print(abs(Vec(3, 4)), abs(Vec()), abs(Weird()))
for args in [("x",), ([],), (None,), (Vec,), ()]:
    try:
        print(abs(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    abs(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    abs(x=-1)
except TypeError as e:
    print("TypeError:", e)
print(abs(-(-5)), -abs(-5), abs(~0), abs(-True))
