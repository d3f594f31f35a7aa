# f-strings call type(value).__format__ even with an empty spec; !s and !r bypass it.
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
    def __str__(self):
        return "str"
    def __repr__(self):
        return "repr"
f = F()
print(f"{f}", f"{f:}", f"{f:abc}", f"{f!s}", f"{f!r}", f"{f!s:>5}", f"{f!r:<6}|")
class S(str):
    def __format__(self, spec):
        return "S:" + spec
print(f"{S('x')}", f"{S('x'):>3}", f"{S('x')!s}", f"{S('x')!r}")
class I(int):
    def __format__(self, spec):
        return "I" + spec
print(f"{I(5)}", f"{I(5):03}", f"{I(5)!r}", f"{I(5)!s}", f"{I(5) + 1}")
class Bad:
    def __format__(self, spec):
        return None
try:
    print(f"{Bad()}")
except TypeError as e:
    print(type(e).__name__, e)
class NoFormat:
    def __str__(self):
        return "NF"
print(f"{NoFormat()}", f"{NoFormat():}")
try:
    print(f"{NoFormat():>5}")
except TypeError as e:
    print(type(e).__name__, e)
class Inst:
    pass
i = Inst()
i.__format__ = lambda spec: "instance"
try:
    print(f"{i:x}")
except TypeError as e:
    print(type(e).__name__, e)
