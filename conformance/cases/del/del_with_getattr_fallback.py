# Checks attribute lookup after del falls back to class attributes and then __getattr__.
class Base:
    level = "base"

class Dyn(Base):
    level = "dyn"
    def __getattr__(self, name):
        return "fallback:" + name

d = Dyn()
d.level = "instance"
d.extra = "x"
print(d.level, d.extra)
del d.level
print(d.level)
del Dyn.level
print(d.level)
del Base.level
print(d.level)
del d.extra
print(d.extra)
try:
    del d.extra
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "anything"))
