# format() calls __format__ with the spec; object.__format__ refuses a non-empty spec.
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
class Q:
    def __str__(self):
        return "Qstr"
    def __repr__(self):
        return "Qrepr"
class Bad:
    def __format__(self, spec):
        return 42
print(format(P(), ""), format(P(), "xyz"), f"{P():>10}", "{:abc}".format(P()))
print(format(Q()), format(Q(), ""), f"{Q()}", f"{Q()!r}", f"{Q()!s:>6}", "{0!r:^9}".format(Q()))
try:
    format(Q(), "5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Q():>5}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(Bad(), "")
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
class MyStr(str):
    def __format__(self, spec):
        return "my:" + str.__format__(self, spec)
print(format(MyInt(5), "03"), f"{MyInt(255):#x}", format(MyStr("ab"), ">4"), f"{MyStr('z')}")
print(format(None), format(None, ""), repr(format([1, 2])), format((1,), ""))
try:
    format(None, "s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], ">5")
except TypeError as e:
    print(type(e).__name__, e)
