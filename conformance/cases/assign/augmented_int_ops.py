# Checks every augmented assignment operator on ints, including negative operands.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5)]:
    x = a; x += b; r1 = x
    x = a; x -= b; r2 = x
    x = a; x *= b; r3 = x
    x = a; x //= b; r4 = x
    x = a; x %= b; r5 = x
    x = a; x &= b; r6 = x
    x = a; x |= b; r7 = x
    x = a; x ^= b; r8 = x
    print(a, b, r1, r2, r3, r4, r5, r6, r7, r8)
x = 3; x **= 4; print(x)
x = -2; x **= 3; print(x)
x = 1; x <<= 10; print(x)
x = -1024; x >>= 3; print(x)
x = 5; x >>= 10; print(x)
x = -5; x >>= 10; print(x)
x = 0; x **= 0; print(x)
x = True; x += True; print(x, type(x).__name__)
x = 7
try:
    x //= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    x %= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    x <<= -1
except ValueError as e:
    print(type(e).__name__, e)
print(x)
