# Augmented assignment uses __iadd__, falls back to __add__/__radd__, and always rebinds the target.
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
class IAddNI(OnlyAdd):
    def __iadd__(self, o):
        print("iadd says NotImplemented")
        return NotImplemented
class IAddOther:
    def __iadd__(self, o):
        return "replaced"
a = OnlyAdd(1)
orig = a
a += 5
print(a.v, a is orig)
b = IAddNI(1)
b += 2
print(type(b).__name__, b.v)
c = IAddOther()
c += 1
print(c)
class RAdd:
    def __radd__(self, o):
        return ("radd", o)
x = 5
x += RAdd()
print(x)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
class Box:
    pass
box = Box()
box.items = [1]
alias = box.items
box.items += [2]
print(alias, alias is box.items)
s = "a"
s_alias = s
s += "b"
print(s, s_alias)
