# CPython 3.11 limits int<->str conversion to 4300 decimal digits, but not for power-of-two bases or arithmetic.
# requires: bigint
big = 10 ** 4299
print(len(str(big)), str(big)[:5], len(repr(-big)), int("9" * 4300) == 10 ** 4300 - 1)
huge = 10 ** 4300
for label, fn in [("str", lambda: str(huge)), ("repr", lambda: repr(huge)), ("f-string", lambda: f"{huge}"),
                  ("format d", lambda: format(huge, "d")), ("%d", lambda: "%d" % huge), ("int(str)", lambda: int("1" * 4301)),
                  ("int(str) neg", lambda: int("-" + "1" * 4301)), ("str.format", lambda: "{}".format(huge))]:
    try:
        r = fn()
        print(label, "ok", len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print(label, "ValueError:", e)
print(len(hex(huge)), len(bin(huge)), len(oct(huge)), int(hex(huge), 16) == huge, int("1" * 5000, 2) > 0)
print(huge % 1000, huge // 10 ** 4299, (huge + 1) % 7, len(format(huge, "x")), huge.bit_length())
print(int("  " + "7" * 4300 + "  ") % 10, int("_".join(["1"] * 4300)) % 100)
