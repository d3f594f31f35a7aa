# Checks augmented assignment to subscripts evaluates container and index once, then getitem and setitem.
log = []
class D(dict):
    def __getitem__(self, k):
        log.append(("get", k))
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        super().__setitem__(k, v)

d = D(a=1)
def key():
    log.append("key()")
    return "a"
def cont():
    log.append("cont()")
    return d
cont()[key()] += 5
print(log, d)
log.clear()
try:
    d["zz"] += 1
except KeyError as e:
    print(type(e).__name__, e)
print(log)
lst = [1, 2, 3]
lst[-1] *= 10
lst[0] -= 5
print(lst)
try:
    lst[5] += 1
except IndexError as e:
    print(type(e).__name__, e)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 7
print(m)
s = [1, 2, 3, 4]
s[1:3] += [9]
print(s)
s[::2] *= 1
print(s)
