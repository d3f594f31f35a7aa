# requires: unicode
print(ord("A"), ord("a"), ord("0"), ord("\n"))
print(chr(65), chr(97), repr(chr(0)))
print(ord("é"), chr(233))
print(ord("€"), chr(8364))
print(ord("\U0001F600") == 0x1F600)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__)
