# Checks that closures created in a loop see the loop variable's final value unless bound via a default argument.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])

funcs = [lambda j=j: j * 2 for j in range(3)]
print([f() for f in funcs])

def make_all():
    out = []
    for k in "abc":
        def f():
            return k
        out.append(f)
    k = "changed"
    return out

print([f() for f in make_all()])

def factory(n):
    return lambda: n

fs = [factory(m) for m in range(3)]
print([f() for f in fs])

i = 100
print(funcs[0](), i)
gens = [(lambda: x) for x in (7, 8)]
print(gens[0](), gens[1]())
