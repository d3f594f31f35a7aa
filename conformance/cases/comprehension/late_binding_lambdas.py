# Lambdas made in a comprehension share the loop variable unless bound via a default.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda: j)() for j in range(3)]
print(gs)
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])
gen = (lambda: k for k in range(3))
firsts = [f() for f in gen]
print(firsts)
def make():
    out = []
    for q in range(3):
        out.append(lambda: q)
    return [f() for f in out]
print(make())
nested = [[lambda: (a, b) for b in range(2)] for a in range(2)]
print([[f() for f in row] for row in nested])
print([(lambda v: v * v)(v) for v in range(4)])
