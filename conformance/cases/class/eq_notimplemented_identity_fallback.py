# When __eq__ returns NotImplemented on both sides, == falls back to identity and != to its negation.
class Shy:
    def __eq__(self, other):
        print("Shy.__eq__")
        return NotImplemented
a, b = Shy(), Shy()
print(a == a)
print(a == b)
print(a != b)
print(a != a)
print(a == 1, 1 == a)
class OnlyNe:
    def __ne__(self, other):
        return "ne-result"
x = OnlyNe()
print(x != 3, x == x, x == OnlyNe())
class EqWeird:
    def __eq__(self, other):
        return 0
print(EqWeird() == 1, EqWeird() != 1)
class EqList:
    def __eq__(self, other):
        return [1]
print(EqList() == 2, bool(EqList() == 2), EqList() != 2)
print(None == Shy(), Shy() is not None)
