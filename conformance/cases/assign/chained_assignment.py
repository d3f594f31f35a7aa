# Checks chained assignment binds every target to the same object, assigning left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
log = []
class L(dict):
    def __setitem__(self, k, v):
        log.append(k)
        super().__setitem__(k, v)
d = L()
d["first"] = d["second"] = d["third"] = 0
print(log)
class O:
    def __setattr__(self, name, value):
        log.append(name)
        object.__setattr__(self, name, value)
log.clear()
o = O()
o.p = o.q = d["r"] = 7
print(log, o.p, o.q)
lst = lst2 = [0, 0]
lst[0] = lst2[1] = "v"
print(lst)
i = 0
arr = [0, 0, 0]
i = arr[i] = 2
print(i, arr)
s = t = "str"
s += "!"
print(s, t)
