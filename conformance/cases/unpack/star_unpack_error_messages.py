# Checks the ValueError message for too few values when a starred target is present.
def attempt(src):
    try:
        exec(src)
        print("ok")
    except ValueError as e:
        print(type(e).__name__, e)

attempt("a, *b, c = [1]")
attempt("a, b, *c = ()")
attempt("*a, b, c, d = 'xy'")
attempt("a, *b = []")
attempt("*a, b = iter([])")
attempt("a, b, *c, d, e = range(3)")
attempt("a, *b, c = [1, 2]")
attempt("(a, b), *c = [(1,)]")
attempt("a, *b = [(1, 2)]")

try:
    first, *middle, last = range(1)
except ValueError as e:
    print(type(e).__name__, e)
