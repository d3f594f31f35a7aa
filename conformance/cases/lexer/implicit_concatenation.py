# Checks adjacent string literal concatenation across quote styles, prefixes and lines.
s = "abc" 'def' """ghi""" '''jkl'''
print(s)
print("a" r"\n" "b")
print(len("a" r"\n" "b"))
t = ("first line "
     "second line "
     'third')
print(t)
u = "x" \
    "y"
print(u)
print(("a"  # comment between
       "b"))
print("" "" "", len("" ""))
n = 5
print(f"n={n}" " and " f"{n*2}")
print("con" "cat".upper())
print(["one" "two", "three"])
print(b"by" b"tes", b"x" rb"\y")
d = {"k" "ey": "v" "al"}
print(d)
def doc():
    "doc" "string"
    return 1
print(doc.__doc__, doc())
try:
    compile("'a' b'b'", "f", "exec")
except SyntaxError as e:
    print(type(e).__name__)
