# Checks backslash line continuation in expressions, statements and inside string literals.
total = 1 + \
    2 + \
    3
print(total)
if total > 5 and \
   total < 10:
    print("in range")
s = "abc\
def"
print(s, len(s))
x = [1,
     2,
  3]
print(x)
y = {
    "a": 1,
        "b": 2,
}
print(y)
def f(a,
      b):
    return a + \
b
print(f(1,
        2))
z = 10 \
\
    + 5
print(z)
assert True, \
    "never"
print(eval("1 + \\\n 2"))
for src in ["x = 1 \\ \n", "x = 1 \\# c\n", "x = \\", "\\"]:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
