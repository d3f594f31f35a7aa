# requires: float
print("%d items" % 5)
print("%s and %s" % ("a", "b"))
print("%r" % "q")
print("%5d|%-5d|" % (42, 42))
print("%.2f" % 3.14159)
print("%x %o" % (255, 8))
print("100%%" % ())
try:
    print("%d" % "x")
except TypeError as e:
    print(type(e).__name__)
