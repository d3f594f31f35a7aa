# __bool__ takes precedence over __len__, both are inherited, and class objects are always true.
class Both:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        print("len called")
        return 5
print(bool(Both()))
print("yes" if Both() else "no")
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Child(LenOnly):
    pass
print(bool(Child(0)), bool(Child(3)), not Child(0))
class ChildBool(LenOnly):
    def __bool__(self):
        return True
print(bool(ChildBool(0)), len(ChildBool(0)))
class EmptyList(list):
    def __bool__(self):
        return True
print(bool(EmptyList()), len(EmptyList()))
print(bool(Both), bool(LenOnly), bool(object()))
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
print(Child(0) or "fallback", Child(2) and "second")
x = [LenOnly(0), LenOnly(1), LenOnly(0)]
print(sum(1 for v in x if v), any(x), all(x))
