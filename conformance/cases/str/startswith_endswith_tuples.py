# startswith/endswith accept tuples of prefixes and start/end ranges, including negative ones.
s = "hello world"
print(s.startswith(("he", "wo")), s.startswith(("x", "y")), s.startswith(()))
print(s.endswith(("ld", "xx")), s.endswith(("",)), s.endswith(()))
print(s.startswith("world", 6), s.startswith("world", 6, 10), s.startswith("world", 6, 11))
print(s.endswith("hello", 0, 5), s.endswith("hello", 0, 6), s.endswith("o", -7, -6))
print(s.startswith("o", -1), s.startswith("d", -1), s.startswith("h", -100))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 12), s.endswith("", 5, 2))
print(s.startswith(("lo", "hell"), 3), s.startswith(("lo", "hell"), 0, 3))
print(s.endswith(("wor", "llo"), 0, 9), s.endswith(("wor", "llo"), 0, 5))
print("".startswith(""), "".endswith(""), "".startswith("a"))
print(s.startswith(s), s.endswith(s + "!"))
for bad in (["he"], ("he", 1), None):
    try:
        s.startswith(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.endswith(5)
except TypeError as e:
    print(type(e).__name__, e)
