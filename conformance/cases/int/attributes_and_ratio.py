# int attributes real/imag/numerator/denominator, conjugate and as_integer_ratio for ints and bools.
# requires: bigint
for n in [0, 7, -7, 2 ** 70, True]:
    print(n, n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print(type(True.real).__name__, type(True.numerator).__name__, type(True.as_integer_ratio()[0]).__name__)
print(type((5).real).__name__, (5).real == 5)
class MyInt(int):
    pass
m = MyInt(9)
print(m.real, type(m.real).__name__, type(m.numerator).__name__, m.as_integer_ratio())
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
print((-(10 ** 20)).as_integer_ratio(), (3).conjugate() + 1)
