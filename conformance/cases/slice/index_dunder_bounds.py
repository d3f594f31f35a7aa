# Objects with __index__ work as slice bounds and steps for getting, setting and deleting.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
a = list(range(10))
print(a[I(2):I(5)])
print("abcdefghij"[I(-3):])
print(tuple(a)[::I(-4)])
print(range(10)[I(1):I(9):I(3)])
print(b"abcdef"[I(1):I(3)])
a2 = a[:]
a2[I(1):I(3)] = "xy"
print(a2)
del a2[I(5)::I(2)]
print(a2)
a2[::I(3)] = [0, 0, 0]
print(a2)
print(slice(I(1), I(4)).indices(3))
print(a[I(-100):I(100):I(3)])
class Bad:
    def __index__(self):
        return "no"
try:
    print(a[Bad():])
except TypeError as e:
    print(type(e).__name__, e)
