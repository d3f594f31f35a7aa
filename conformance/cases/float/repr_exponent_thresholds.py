# repr switches to exponent notation at 1e16 and below 1e-4, using the shortest round-trip digits.
# requires: float
for x in [1e15, 9999999999999998.0, 1e16, 1.5e16, 123456789012345678.0, 1e17, 2.0 ** 60,
          0.001, 0.0001, 0.00011, 9.9e-5, 1e-5, 0.000123456, 1e-10, 1.0e-100, 1e22, 1e23,
          -1e16, -0.0001, -9.99e-5, 12345678901234567.0, 4.35, 0.3, 2.0 ** -20]:
    print(repr(x), str(x), repr(-x))
for e in range(-7, 20, 3):
    print(e, 10.0 ** e, 2.5 * 10.0 ** e)
print(1e16 - 2, 1e16 + 2, 1e-4 * 0.999, 1e-4 * 1.001)
print(float("1e16"), float("9999999999999999"), float("0.0001"), float("0.00009999"))
print([1e15 * k for k in (1, 9, 10, 11)])
