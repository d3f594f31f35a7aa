# Converting ints to every base 2..36 by hand round-trips through int(s, base), matching bin/oct/hex.
# requires: bigint
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
values = [0, 1, -1, 35, 36, 255, -256, 2 ** 63 - 1, -(2 ** 64), 3 ** 80, -(10 ** 30)]
ok = 0
for v in values:
    for b in range(2, 37):
        s = to_base(v, b)
        assert int(s, b) == v, (v, b)
        assert int(s.upper(), b) == v
        ok += 1
print(ok)
for v in values[:7]:
    print(v, to_base(v, 2) == format(v, "b"), to_base(v, 8) == format(v, "o"), to_base(v, 16) == format(v, "x"))
print(to_base(3 ** 80, 36), to_base(-(10 ** 30), 7))
print(int(to_base(2 ** 200, 36), 36) == 2 ** 200, int("-" + "z" * 20, 36))
