# str.split with an explicit separator and every kind of maxsplit, including negative and zero.
s = "a,b,,c,"
for n in (-5, -1, 0, 1, 2, 3, 4, 5, 100):
    print(n, s.split(",", n))
print(s.split(",,"))
print("abcabc".split("abc"))
print("".split(","), "".split(",", 0))
print(",".split(","), ",,".split(",", 1))
print("aaa".split("a"), "aaaa".split("aa"))
print("x--y--z".split("--", maxsplit=1))
print("no sep here".split("|"))
print("one two".split(sep=" "))
print("  a  b  ".split(" "))
print("mississippi".split("ss"))
print("abc".split("abcd"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
