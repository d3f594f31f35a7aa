# A data descriptor's __get__/__set__/__delete__ intercept instance access; class access passes None.
class Logged:
    def __init__(self):
        self.log = []
    def __get__(self, obj, objtype=None):
        self.log.append(('get', obj is None, objtype.__name__))
        if obj is None:
            return self
        return obj.__dict__.get('_val', 'unset')
    def __set__(self, obj, value):
        self.log.append(('set', value))
        obj.__dict__['_val'] = value
    def __delete__(self, obj):
        self.log.append(('delete',))
        obj.__dict__.pop('_val', None)
class A:
    attr = Logged()
a = A()
print(a.attr)
a.attr = 42
print(a.attr)
del a.attr
print(a.attr)
print(type(A.attr).__name__)
for entry in A.__dict__['attr'].log:
    print(entry)
print(sorted(vars(a)))
