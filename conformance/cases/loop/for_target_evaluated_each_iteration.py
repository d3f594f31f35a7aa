# Checks that a complex for-loop target is re-evaluated and assigned on every iteration.
calls = []
store = {}
def key():
    calls.append(len(calls))
    return "k%d" % len(calls)

for store[key()] in "abc":
    pass
print(store, calls)

class Obj:
    pass

objs = [Obj(), Obj(), Obj()]
i = [0]
def nxt():
    o = objs[i[0]]
    i[0] += 1
    return o

for nxt().val in [10, 20, 30]:
    pass
print([o.val for o in objs])
lst = [None] * 3
for idx, lst[idx] in enumerate("xyz"):
    pass
print(lst)
pair = [0, 0]
for pair[0], pair[1] in [(1, 2), (3, 4)]:
    print(pair)
