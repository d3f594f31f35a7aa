# index/rindex behave like find/rfind but raise ValueError('substring not found').
s = "hello world"
print(s.index("o"), s.rindex("o"), s.index("o", 5), s.rindex("o", 0, 5))
print(s.index("", 11), s.rindex("l", -3), s.index("wor", -5))
for args in [("z",), ("o", 8), ("h", 1), ("d", 0, -1), ("", 12), ("hello", 1), ("o", 5, 3)]:
    for meth in (s.index, s.rindex):
        try:
            print(meth(*args))
        except ValueError as e:
            print(meth.__name__, args, type(e).__name__, e)
try:
    "".index("x")
except ValueError as e:
    print(type(e).__name__, e)
