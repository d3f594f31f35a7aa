# Every call of an enclosing function makes fresh cells; closures from one call share them, closures from different calls do not.
def make_pair(v):
    def get():
        return v
    def set_(new):
        nonlocal v
        v = new
    return get, set_

g1, s1 = make_pair(1)
g2, s2 = make_pair(2)
s1(10)
print(g1(), g2(), g1 is g2, g1 == g2, g1.__name__ == g2.__name__)
s2("two")
print(g1(), g2())

def build(n):
    return [make_pair(i) for i in range(n)]

pairs = build(3)
for i, (g, s) in enumerate(pairs):
    s(g() * 100 + i)
print([g() for g, _ in pairs])

def shared_across_loop():
    funcs = []
    acc = []
    for i in range(3):
        acc.append(i)
        funcs.append(lambda: tuple(acc))
    acc.append("end")
    return [f() for f in funcs]

print(shared_across_loop())

def fresh_each_iteration():
    funcs = []
    for i in range(3):
        def scope(i=i):
            box = [i]
            return lambda: box.append("x") or list(box)
        funcs.append(scope())
    return [f() for f in funcs] + [funcs[0]()]

print(fresh_each_iteration())

def same_code_different_cells():
    return [(lambda: k) for k in range(3)], [(lambda k=k: k) for k in range(3)]

late, early = same_code_different_cells()
print([f() for f in late], [f() for f in early])
