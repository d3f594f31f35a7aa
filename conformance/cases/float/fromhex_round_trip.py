# float.fromhex(x.hex()) == x for many doubles, spread by a fixed LCG over every exponent,
# plus the subnormal and normal extremes; each result is also printed in hex.
# requires: float
seed = 2024
def step():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed >> 11
ulp_of_one = 2.0 ** -52
values = [0.0, -0.0, 5e-324, -5e-324, 2.0 ** -1074 * 3, 2.0 ** -1022, 2.0 ** -1022 - 5e-324,
          1.7976931348623157e308, 1.0, -1.0, 0.1, 1e300, 1e-300]
for i in range(120):
    mantissa = 1.0 + (step() % 2 ** 52) * ulp_of_one
    exponent = step() % 2098 - 1074
    x = mantissa * 2.0 ** max(exponent, -1022)
    if exponent < -1022:
        x = x * 2.0 ** (exponent + 1022)
    values.append(-x if step() % 2 else x)
bad = 0
for v in values:
    h = v.hex()
    back = float.fromhex(h)
    if back != v or repr(back) != repr(v):
        bad += 1
        print("mismatch", repr(v), h, repr(back))
print(len(values), "values,", bad, "mismatches")
for v in values[:40]:
    print(v.hex())
