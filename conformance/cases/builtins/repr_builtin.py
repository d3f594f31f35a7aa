# requires: float
print(repr(1), repr(-1.5), repr("s"), repr(None), repr(True))
print(repr([1, "a"]), repr((1,)), repr({"k": 1}))
print(repr(repr("x")))
print(repr("a\nb"))
print(len(repr("abc")))
