# requires: unicode
# Each malformed or inapplicable format spec is a ValueError with CPython's message.
def show(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)

for spec in [",", "_", ",s", "_s", "+", "-", " ", "+s", "=5", "=", "#", "#s", "#0", "z", "zs",
             "08", "+#s", "z#s", "=#s", "=zs", "= 5", " =5", "x", "d", "\n", "\xe9", "\u03b1"]:
    show("ab", spec)
for spec in [",_", "_,", ",,", "__", ",n", "_n", ",x", "_x", ",b", "_b", ",o", ",X", ",c", "_c",
             ",d", ",_d", "abc", "xx", "%%", "5.", ".", ".x", "00<10", "0+6", "#+d", ".2zc",
             "z+c", "#zc", ".2d", ".2x", ".2n", "z", "zx", "zc", "z.2c", "q", "s", ",\xe9",
             ",\n", "_\u03b1", ".2\u03b1", "10000000000000000000000", ".10000000000000000000000",
             "=10000000000000000000000"]:
    show(1234, spec)
