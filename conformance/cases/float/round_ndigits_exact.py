# round(x, n) rounds the exact binary value of x half to even at 10**-n and reads the result
# back correctly rounded, for positive and negative n, tiny and huge values; ndigits past any
# range only matters by its sign.
print(round(537.33e27, -1), round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-0.4, 0))
print(round(1e308, -308), round(0.5, 0), round(-2.5, 0), round(123456789.123456789e200, -210))
print(round(5e-324, 323), round(5e-324, 324), round(1.5e-323, 323), round(-1e-300, 5))
print(round(1.5, 2**70), round(1.5, -2**70), round(-1.5, -2**70), round(5, 2**70), round(5, -30), round(-15, -1))
print(round(float('inf'), 2), round(float('-inf'), -2), round(float('nan'), 1))
print(round(12345.6789, -2), round(-12345.6789, -3), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print('OverflowError', e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError', e)
seed = 5
for i in range(300):
    seed = (seed * 1103515245 + 12345) % 2**31
    x = (seed / 2**31 - 0.5) * 10 ** (seed % 40 - 20)
    nd = seed % 31 - 15
    print(round(x, nd), end=' ')
print()
