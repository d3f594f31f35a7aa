# requires: float
# bin(), oct() and hex() of negatives, zero and bools.
for n in [0, 1, -1, 255, -255, 8, -8, True]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return -10
print(bin(I()), oct(I()), hex(I()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin('1')
except TypeError as e:
    print(type(e).__name__, e)
