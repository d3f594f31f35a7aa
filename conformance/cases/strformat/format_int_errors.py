# Format specs an int refuses raise ValueError with CPython's messages.
for spec in ["s", "q", ".2", ".2d", ".0x", "5.3b", "z", "zd", "=s", "#s", "xx", "d5",
             "<>5", "5<", "-+", "++", "0=", "ab", "%5", ".", "5.", ",.", "Z"]:
    try:
        print(repr(spec), repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    format(42, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(42, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
