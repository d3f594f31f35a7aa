# A non-tuple right operand is one argument; a tuple is unpacked; lists and dicts are single values.
print("%s" % [1, 2])
print("%s" % ((1, 2),))
print("%s" % {"a": 1})
print("%r" % (None,))
print("%s-%s" % (1, 2))
try:
    print("%s" % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % "str")
print("%s" % ("one",))
print("no specs" % {})
print("no specs" % {"x": 1})
print("no specs" % [])
try:
    print("no specs" % ())
    print("no specs" % "")
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2, 3)
print("%d/%d/%d" % t)
print("%s" % (t,))
print("%(0)s" % {"0": "zero"})
print("%(x)s %(x)r %(y)d" % {"x": "v", "y": 3})
print("%()s" % {"": "empty key"})
print("%(a b)s" % {"a b": 1})
print("%((x))s" % {"(x)": 2})
s = "%s"
s %= "once"
print(s)
