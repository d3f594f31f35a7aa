# requires: float, bigint
print(abs(5), abs(-5), abs(0))
print(abs(-2.5), abs(2.5))
print(abs(-0.0))
print(abs(float("-inf")))
print(abs(True), abs(False))
print(abs(-(2 ** 100)))
print(abs(-9223372036854775808))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
