# '*' takes the width or precision of a % conversion from the argument tuple.
# requires: float
print("[%*d]" % (6, 42))
print("[%-*d]" % (6, 42))
print("[%*d]" % (-6, 42))
print("[%.*s]" % (2, "abcdef"))
print("[%*.*s]" % (8, 3, "abcdef"))
print("[%*s|%*s]" % (3, "a", 4, "b"))
print("[%0*d]" % (5, 7))
print("[%*x]" % (0, 255))
print("[%.*d]" % (4, 3))
for args in [("5", 1), (5,), (1.5, 2), (None, "x")]:
    try:
        print("[%*d]" % args)
    except TypeError as e:
        print(repr(args), type(e).__name__, e)
try:
    print("[%.*s]" % ("2", "abc"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(a)*d" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
