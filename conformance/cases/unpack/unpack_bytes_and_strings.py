# Checks unpacking str, bytes and bytearray: characters versus integer elements.
a, b, c = "abc"
print(a, b, c, type(a).__name__)
a, b, c = b"abc"
print(a, b, c, type(a).__name__)
a, *b = bytearray(b"xyz")
print(a, b)
*s, = "spam"
print(s)
first, *rest = b"\x00\xff"
print(first, rest)
print([*"ab", *b"ab"])
print(*b"hi")
print(*"hi", sep="|")
x, y = "\n\t"
print(repr(x), repr(y))
e1, e2 = "\\n"
print(e1, e2)
try:
    a, b = ""
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, = b"ab"
except ValueError as e:
    print(type(e).__name__, e)
k, v = "k=v".split("=")
print(k, v)
