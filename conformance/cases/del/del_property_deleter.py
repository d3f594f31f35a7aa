# Checks that del on a property calls its deleter, and fails without one.
class Thing:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        print("deleter called")
        self._v = None
    @property
    def ro(self):
        return "read-only"

t = Thing()
print(t.v)
del t.v
print(t.v)
try:
    del t.ro
except AttributeError as e:
    print(type(e).__name__, e)
print(t.ro)

class Manual:
    def _get(self):
        return "got"
    def _del(self):
        print("manual delete")
    p = property(_get, None, _del)

m = Manual()
del m.p
print(m.p)
try:
    m.p = 5
except AttributeError as e:
    print(type(e).__name__, e)
