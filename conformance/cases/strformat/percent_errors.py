# Malformed % format strings and argument mismatches raise CPython's errors.
# requires: float
cases = [("%d %d", (1,)), ("%d", (1, 2)), ("%s", ()), ("x", 5), ("x", (1,)), ("%", ()),
         ("%q", 1), ("%y", (1,)), ("abc%", 1), ("%(a", {"a": 1}), ("%(a)s %s", {"a": 1}),
         ("%s %(a)s", (1,)), ("%(b)s", {"a": 1}), ("%d", "5"), ("%d", None), ("%d", [1]),
         ("%x", "f"), ("%o", 1.0), ("%f", "1.0"), ("%e", None), ("%5", 1), ("%.", 1),
         ("%ld", 5), ("%hd %Ld", (1, 2)), ("%z", 1), ("%s%", "x"), ("%.2%", ())]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    print(5 % "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] % 1)
except TypeError as e:
    print(type(e).__name__, e)
