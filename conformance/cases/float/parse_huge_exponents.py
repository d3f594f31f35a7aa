# float() of long literals whose exponent is folded into many digits, of exponents far out
# of range, and a grammar sweep over random strings of literal characters (a fixed LCG).
# requires: float
for n in [400, 70000, 400000]:
    print(n, float("1" * n + "e-" + str(n)), float("0." + "0" * n + "1e" + str(n)),
          float(b"2" * n + b"e-" + str(n).encode()), float("-" + "0" * n + "5e-1"))
for s in ["1e99999999999999999999", "-1e99999999999999999999", "1e-99999999999999999999",
          "0e99999999999999999999", "0.000001e-324", "1e-330", "9.99e308", "1e309",
          "2.4703282292062327e-324", "2.4703282292062328e-324", "0." + "0" * 330 + "3e10"]:
    print(s[:30], repr(float(s)))
seed = 99
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (seed >> 33) % n
chars = "0123456789._eE+-_0123456789"
accepted = []
rejected = 0
for k in range(3000):
    s = "".join(chars[rnd(len(chars))] for _ in range(1 + rnd(10)))
    try:
        accepted.append(s + "=" + repr(float(s)))
    except ValueError:
        rejected += 1
print(rejected, "rejected")
for i in range(0, len(accepted), 6):
    print(" ".join(accepted[i:i + 6]))
