# bin()/oct()/hex() on zero, negatives, bools, huge ints and __index__ objects, plus their TypeErrors.
# requires: bigint
for n in [0, 1, -1, 7, -8, 255, -256, 2 ** 31, -(2 ** 63), 2 ** 64 - 1]:
    print(n, bin(n), oct(n), hex(n))
print(bin(True), oct(False), hex(True))
print(hex(2 ** 200), len(bin(2 ** 1000)), oct(-(8 ** 30)))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class OnlyInt:
    def __int__(self):
        return 5
print(bin(Idx(5)), oct(Idx(-9)), hex(Idx(4096)))
for name, fn in (("bin", bin), ("oct", oct), ("hex", hex)):
    for bad in [1.0, "10", None, OnlyInt(), Idx("x")]:
        try:
            fn(bad)
        except TypeError as e:
            print(name, "TypeError:", e)
try:
    hex()
except TypeError as e:
    print("TypeError:", e)
try:
    bin(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(int(bin(-37), 0), int(oct(-37), 0), int(hex(-37), 0), int(hex(2 ** 100), 16) == 2 ** 100)
