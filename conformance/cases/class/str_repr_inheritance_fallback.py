# str() falls back to the nearest __repr__ only if no class in the MRO defines __str__.
class ReprBase:
    def __repr__(self):
        return "ReprBase-repr"
class StrBase:
    def __str__(self):
        return "StrBase-str"
class SubRepr(StrBase):
    def __repr__(self):
        return "SubRepr-repr"
class SubOfRepr(ReprBase):
    pass
class SubStrOfRepr(ReprBase):
    def __str__(self):
        return "SubStrOfRepr-str"
for obj in [ReprBase(), SubRepr(), SubOfRepr(), SubStrOfRepr()]:
    print(str(obj), "|", repr(obj), "|", "%s" % obj, "|", f"{obj}", "|", [obj])
print(format(SubRepr()), format(SubOfRepr(), ""))
try:
    format(SubOfRepr(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class Formatted(ReprBase):
    def __format__(self, spec):
        return "fmt[" + spec + "]"
print(format(Formatted(), "x>5"), f"{Formatted():abc}", "{:q}".format(Formatted()), str(Formatted()))
print(f"{Formatted()!r}", f"{Formatted()!s}")
class ListRepr(list):
    def __repr__(self):
        return "LR"
print(str(ListRepr([1])), repr(ListRepr([1])), [ListRepr()])
