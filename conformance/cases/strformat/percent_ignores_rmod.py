# `str % x` and `bytes % x` answer themselves: the right operand's __rmod__
# runs only when its class derives from the left operand's type.

class R:
    def __rmod__(self, other):
        return "rmod"

    def __str__(self):
        return "R!"


for left in ("abc", "<%s>", b"abc", b"<%s>", bytearray(b"<%s>")):
    try:
        print(repr(left % R()))
    except TypeError as e:
        print("TypeError", e)


class S(str):
    def __rmod__(self, other):
        return "S.rmod"


class B(bytes):
    def __rmod__(self, other):
        return "B.rmod"


print("x%s" % S("y"), "x" % S("y"))
print(b"x%s" % B(b"y"), b"x" % B(b"y"))


class T(str):
    pass


print("<%s>" % T("t"), repr(T("<%s>") % "u"))


class M(str):
    def __mod__(self, other):
        return "M.mod"


print(M("q") % 1, M("q") % R())
print(5 % R())
