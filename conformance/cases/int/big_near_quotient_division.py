# Floor division and modulo of big ints whose quotient is small (fits a machine word):
# the quotient is estimated from leading bits and corrected, so exercise values right at
# multiples of the divisor, one either side, every sign combination, and quotients near 2**60.
d = 3 ** 200 + 12345
for k in [1, 2, 9, 10, 2 ** 32 - 1, 2 ** 59, 2 ** 60 - 1, 2 ** 60, 2 ** 61 + 3]:
    for delta in [-2, -1, 0, 1, 2, d - 1]:
        n = d * k + delta
        for x, y in [(n, d), (-n, d), (n, -d), (-n, -d)]:
            q, r = x // y, x % y
            assert q * y + r == x
            assert (r == 0) or ((r < 0) == (y < 0))
            assert abs(r) < abs(y)
            print(k, delta == d - 1 and 'd-1' or delta, q, r == divmod(x, y)[1])
# a divisor whose leading bits are all ones, and a dividend just under a power of two
y = 2 ** 300 - 1
for x in [2 ** 360 - 1, 2 ** 360, 2 ** 360 + 1, y * (2 ** 60 - 1), y * (2 ** 60 - 1) - 1]:
    print(x // y, x % y == x - (x // y) * y)
