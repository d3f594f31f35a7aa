# Checks that deleted names disappear from locals(), globals() and dir().
def f():
    a = 1
    b = 2
    before = sorted(locals())
    del a
    after = sorted(locals())
    return before, after

print(f())
gx = 1
print("gx" in globals())
del gx
print("gx" in globals(), "gx" in dir())

class Obj:
    pass

o = Obj()
o.attr = 1
print("attr" in dir(o), "attr" in vars(o))
del o.attr
print("attr" in dir(o), vars(o))

def g():
    for i in range(2):
        tmp = i
    del tmp, i
    return sorted(locals())

print(g())
