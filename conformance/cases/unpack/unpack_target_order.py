# Checks that unpacking assigns targets left to right after evaluating the whole right-hand side.
log = []

class Rec:
    def __setattr__(self, name, value):
        log.append((name, value))
        object.__setattr__(self, name, value)

class RecList(list):
    def __setitem__(self, i, v):
        log.append(("item", i, v))
        super().__setitem__(i, v)

r = Rec()
lst = RecList([0, 0, 0])
r.a, lst[1], r.b = "A", "L", "B"
print(log)
log.clear()
r.x, *lst[0:2], r.y = 1, 2, 3, 4, 5
print(log, list(lst))
log.clear()

def val(tag, v):
    log.append(tag)
    return v

def idx(tag, i):
    log.append(tag)
    return i

plain = [0, 0]
plain[idx("i1", 0)], plain[idx("i2", 1)] = val("v1", 10), val("v2", 20)
print(log, plain)
log.clear()
a = [0, 0, 0]
i = 0
i, a[i] = 1, 9
print(i, a)
