# repr() of pseudo-random floats round-trips through float() and str() equals repr().
# requires: float, bigint
seed = 42
ok = 0
samples = []
for i in range(2000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    mant = (seed >> 11) / 2 ** 53
    exp = (seed % 97) - 48
    x = (mant + 0.5) * 10.0 ** exp * (-1 if seed & 1 else 1)
    r = repr(x)
    if float(r) == x and str(x) == r:
        ok += 1
    if i % 250 == 0:
        samples.append(r)
print(ok)
for s in samples:
    print(s)
