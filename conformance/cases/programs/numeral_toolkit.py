# A roman numeral and arbitrary-base conversion toolkit with validation, round trips and builtin cross-checks.
# requires: float, bigint
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


class ConversionError(ValueError):
    pass


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ConversionError(f"{n} out of range 1..3999")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = dict((sym, v) for v, sym in ROMAN if len(sym) == 1)
    s = s.upper()
    if not s or any(ch not in values for ch in s):
        raise ConversionError(f"invalid roman numeral {s!r}")
    total = 0
    for a, b in zip(s, s[1:] + " "):
        va, vb = values[a], values.get(b, 0)
        total += -va if va < vb else va
    if to_roman(total) != s:
        raise ConversionError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)}?)")
    return total


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ConversionError(f"base must be in 2..36, got {base}")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def from_base(s, base):
    s = s.strip().lower()
    neg = s.startswith("-")
    s = s.lstrip("+-")
    if not s:
        raise ConversionError("empty number")
    n = 0
    for ch in s:
        d = DIGITS.find(ch)
        if d < 0 or d >= base:
            raise ConversionError(f"digit {ch!r} invalid in base {base}")
        n = n * base + d
    return -n if neg else n


def digits_sum_table(n):
    return {b: sum(DIGITS.index(c) for c in to_base(n, b)) for b in (2, 3, 8, 10, 16)}


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<14} -> {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: (len(to_roman(n)), n)), len(to_roman(3888)))

for bad in [0, -5, 4000, 2.0, "12", True]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ["", "IIII", "IC", "MMMM", "abc", "VX", "xiv"]:
    try:
        print(bad, "=", from_roman(bad))
    except ConversionError as e:
        print(type(e).__name__, e)

for n in [0, 1, -1, 255, -255, 1000, 2 ** 31 - 1, -2 ** 63]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row)
    assert row[0] == format(n, "b") and row[1] == format(n, "o") and row[2] == format(n, "x")
    assert all(int(to_base(n, b), b) == n for b in range(2, 37))
print(to_base(2 ** 100, 36), from_base(to_base(2 ** 100, 36), 36) == 2 ** 100)
print(from_base("  -FF ", 16), from_base("+777", 8), from_base("zz", 36), from_base("1010", 2))
for s, b in [("12", 2), ("", 10), ("-", 10), ("g", 16), ("1", 37)]:
    try:
        print(from_base(s, b) if b <= 36 else to_base(1, b))
    except ConversionError as e:
        print("ConversionError:", e)
print(digits_sum_table(2024))
print([to_base(n, 3) for n in range(-4, 5)])
print(sorted(["ff", "1a", "100", "-3"], key=lambda s: from_base(s, 16)))
print(isinstance(ConversionError("x"), ValueError), ConversionError.__mro__[1].__name__)
