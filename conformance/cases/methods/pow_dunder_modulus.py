# __pow__ takes an optional modulus: ints only; floats and complex numbers refuse it.
for base in (5, -7, 2.5, 1+2j):
    for mod in (None, 3, 0, 1.5, 'x'):
        try:
            print(base, mod, base.__pow__(2, mod))
        except Exception as e:
            print(base, mod, type(e).__name__, e)
print(int.__pow__(3, 4, 5), (3).__rpow__(2))
