# property with setter and deleter via decorators, and the property() call form.
class Temp:
    def __init__(self):
        self._c = 0
        self.log = []
    @property
    def celsius(self):
        self.log.append('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        self.log.append('set')
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        self.log.append('del')
        self._c = None
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius, t.log)

class P:
    def _get(self): return self._v * 2
    def _set(self, v): self._v = v
    v = property(_get, _set, None, 'doc of v')
p = P()
p.v = 4
print(p.v, P.v.__doc__)
print(sorted(vars(p)))
