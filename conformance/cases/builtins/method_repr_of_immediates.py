# The repr of a builtin method bound to any value (negative ints, floats, None) is made
# without overflow.
for v in (-1, -2**40, 5, 2.5, -0.5, None, True, 'x'):
    r = repr(v.__str__)
    print(r.startswith('<method-wrapper') or r.startswith('<built-in method'), ' at 0x' in r)
for v in (-1, -7, 2.5):
    r = repr(v.conjugate)
    print(r.startswith('<built-in method conjugate of '), ' at 0x' in r)
