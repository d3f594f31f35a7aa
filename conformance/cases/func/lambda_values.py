add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=1, a=5))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print((lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
