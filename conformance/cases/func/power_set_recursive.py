def subsets(items):
    if len(items) == 0:
        return [[]]
    rest = subsets(items[1:])
    out = []
    for s in rest:
        out.append(s)
    for s in rest:
        out.append([items[0]] + s)
    return out
r = subsets([1, 2, 3])
print(len(r))
for s in r:
    print(s)
