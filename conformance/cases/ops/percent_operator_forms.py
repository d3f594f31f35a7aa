# The % operator on strings: tuple vs single operand, mappings, and mixing with other operators.
# requires: float
print("%s" % 5, "%s" % (5,), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % "q", "%s|%s" % (1, "a"))
print("%d%%" % 50, "%%d" % (), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef", "%c%c" % (72, "i"))
print("%(a)s-%(b)r" % {"a": 1, "b": "x"}, "%(a)s %(a)s" % {"a": "twice"}, "%s" % {"k": 1})
print("%x %X %o %e" % (255, 255, 8, 12345.678), "%+d % d" % (5, 5), "%05.1f" % 3.14159)
print("a%sb" % "" + "c", "%s" % "x" * 3, ("%s" % "x") * 3, "%s%s" % ("a", "b") == "ab")
for fmt, args in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%z", 1), ("%(k)s", (1,)), ("%s %(k)s", {"k": 1})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s-%d" % (b"x", 5), b"%c" % 65, b"%x" % 255)
print(10 % 3, -10 % 3, 10.5 % 3, "10" + "%d" % 3)
