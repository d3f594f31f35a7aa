# compile(..., 'exec') code runs statements; it can be executed several times and in several dicts.
code = compile("total = 0\nfor i in range(n):\n    total += i\n", "<loop>", "exec")
print(type(code).__name__)
for n in (0, 1, 5, 10):
    d = {"n": n}
    exec(code, d)
    print(n, d["total"])
print(eval(code, {"n": 3}))
shared = {"n": 4}
exec(code, shared)
exec(compile("total *= 2", "<double>", "exec"), shared)
print(shared["total"])
loc = {}
exec(code, {"n": 6}, loc)
print(sorted(loc.items()))
empty = compile("", "<empty>", "exec")
print(exec(empty))
try:
    exec(compile("raise ValueError('inside compiled')", "<r>", "exec"))
except ValueError as e:
    print(type(e).__name__, e)
c = compile("1\n2\n", "<exprs>", "exec")
print(exec(c))
