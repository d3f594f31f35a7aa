# for/if clauses nest left to right; later clauses may use names bound by earlier ones.
log = []
def src(name, vals):
    log.append("iter " + name)
    return vals
r = [(a, b) for a in src("A", [1, 2]) if a for b in src("B", "xy") if b != "x" or a == 1]
print(r, log)
print([c for w in ["ab", "cde"] for c in w if c != "d"])
print([(i, j, k) for i in range(3) for j in range(i) for k in range(j)])
print([[r * c for c in range(3)] for r in range(3)])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)], [v for row in m for v in row])
print({(a, b) for a in range(2) for b in range(2) if a != b} == {(0, 1), (1, 0)})
print({a: [b for b in range(a)] for a in range(4) if a % 2})
log.clear()
def cond(v):
    log.append("cond %d" % v)
    return v % 2
print([v * 10 for v in range(4) if cond(v)], log)
print([x for x in range(20) if x % 2 == 0 if x % 3 == 0 if x])
print([y for x in [[1, 2], [], [3]] for y in x])
