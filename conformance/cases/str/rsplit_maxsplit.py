# str.rsplit splits from the right, differing from split only when maxsplit limits it.
s = "a,b,,c,"
for n in (-1, 0, 1, 2, 3, 10):
    print(n, s.rsplit(",", n), s.split(",", n))
w = "  one two  three   "
for n in (-1, 0, 1, 2):
    print(n, w.rsplit(None, n))
print(w.rsplit(maxsplit=1))
print("aaaa".rsplit("aa"), "aaa".rsplit("aa"), "aaa".split("aa"))
print("x::y::z".rsplit("::", 1))
print("".rsplit(), "".rsplit("x"), "   ".rsplit(None, 0))
print("path/to/file.txt".rsplit("/", 1)[-1], "file.tar.gz".rsplit(".", 1))
print("a b".rsplit(sep=None, maxsplit=0))
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
