# Lambdas and defs created in for/while loops and comprehensions see the final loop value unless bound via defaults.
fs = []
for i in range(4):
    fs.append(lambda: i * 10)
print([f() for f in fs])
i = "rebound"
print([f() for f in fs])

fixed = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in fixed])
print(fixed[2](7), fixed[0](i=-1))

comp = [lambda: k for k in "abc"]
print([f() for f in comp])

nested = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in nested])

ws = []
n = 0
while n < 3:
    def w():
        return n
    ws.append(w)
    n += 1
print([w() for w in ws], ws[0] is ws[1], ws[0].__name__)

pairs = []
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pairs.append(lambda: a + b + c)
print([p() for p in pairs])

def make_all(seq):
    out = []
    for x in seq:
        def g(y=x):
            return x, y
        out.append(g)
    x = "after"
    return out

print([g() for g in make_all([1, 2])])
gen = (lambda: j for j in range(3))
first = next(gen)
print(first())
rest = list(gen)
print(first(), [f() for f in rest])
adders = {name: (lambda v, d=delta: v + d) for name, delta in [("inc", 1), ("dec", -1), ("big", 10**3)]}
print(sorted((k, f(5)) for k, f in adders.items()))
