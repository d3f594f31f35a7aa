# Checks comments in unusual places: inside brackets, after colons, between decorators, with quotes.
# a comment with "quotes" and 'apostrophes' and a backslash \
x = 1  # trailing comment
print(x)  # print it
y = [  # open bracket
    1,  # first
    # a full-line comment inside a list
    2,
]  # close
print(y)
if x:  # comment after colon
    # comment in block
    print("block")
# comment between statements
def f(a,  # param comment
      b):
    # inside function
    return a + b  # return
print(f(1, 2))
s = "# not a comment"
print(s, '#' in s)
t = """
# also not a comment
"""
print(repr(t))
print(1 +  # comment mid-expression
      2)
class C:  # class comment
    # only a comment before pass
    pass
print(C.__name__)
print(eval("3 # comment at end"))
ns = {}
exec("# only comments\n# here\n", ns)
print(sorted(k for k in ns if k != "__builtins__"))
exec("")
print("empty ok")
#no space after hash
print("done")#no space before
