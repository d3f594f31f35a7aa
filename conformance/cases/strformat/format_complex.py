# format() of complex numbers: per-part formatting, alignment of the whole, and refused options.
# requires: complex, float
for z in [1 + 2j, -1.5 - 0.5j, 3j, -0j, complex(1e20, -1e-5), complex(float("inf"), float("nan"))]:
    print(repr(z), [format(z, s) for s in ["", ">20", "<20", "^20", ".2f", "+.1e", "g", ".3", "*^24.2f"]])
for spec in ["=10", "010", "010.2f", "c", "d", "%", "x", ",", "_.1f", "n"]:
    try:
        print(spec, repr(format(1 + 2j, spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(f"{2 - 3j}", f"{2 - 3j:.1f}", "{:>12}".format(1j), "%s %r" % (1j, 1 + 0j))
try:
    print("%f" % 1j)
except TypeError as e:
    print(type(e).__name__, e)
