# __setattr__/__delattr__ intercept assignment and deletion; object.__setattr__ does the real store.
class Frozen:
    def __init__(self, a):
        object.__setattr__(self, 'a', a)
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        if name.startswith('_'):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError('frozen: ' + name)
    def __delattr__(self, name):
        self.log.append(('del', name))
        if name == 'a':
            raise AttributeError('cannot delete a')
        object.__delattr__(self, name)
f = Frozen(1)
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)
f._p = 3
print(f.a, f._p)
try:
    del f.a
except AttributeError as e:
    print(type(e).__name__, e)
del f._p
print(hasattr(f, '_p'), f.log)
setattr(f, '_q', 9)
print(f._q, f.log[-1])
try:
    del f._zz
except AttributeError as e:
    print(type(e).__name__, e)
