# __getattr__ is called only when normal lookup fails; its AttributeError propagates.
class A:
    real = 'real'
    def __init__(self):
        self.inst = 'inst'
        self.misses = []
    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError('no ' + name)
a = A()
print(a.real, a.inst, a.dyn_foo, a.dyn_bar)
print(a.misses)
try:
    a.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(a, 'other'), getattr(a, 'other', 'dflt'), getattr(a, 'dyn_x', 'dflt'))
print(a.misses)
# Class-level access does not use the instance __getattr__.
try:
    A.dyn_foo
except AttributeError as e:
    print(type(e).__name__, e)
