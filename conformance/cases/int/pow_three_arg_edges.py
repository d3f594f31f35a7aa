# Three-argument pow with negative bases, negative moduli, negative exponents and errors.
# requires: bigint, float
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(0, 0, 7), pow(5, 0, 1), pow(0, 0, 1), pow(7, 1, 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97))
print(pow(3, -1, -7))
print(pow(2, 1000, 10 ** 9 + 7), pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(10 ** 30, 10 ** 10, 10 ** 15 + 37))
def show(*args):
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
show(2, -1, 4)
show(0, -1, 5)
show(2, 3, 0)
show(2, 3.0, 5)
show(2.0, 3, 5)
show(2, "3", 5)
show(True, 5, 3)
show(5, True, False)
show(-1, -1, 1)
show(6, -1, 9)
