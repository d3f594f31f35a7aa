# Data descriptors beat the instance __dict__; non-data descriptors lose to it.
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata'
class Data:
    def __get__(self, obj, objtype=None):
        return 'data'
    def __set__(self, obj, value):
        raise AttributeError('read only data')
class A:
    nd = NonData()
    d = Data()
a = A()
print(a.nd, a.d)
a.__dict__['nd'] = 'instance nd'
a.__dict__['d'] = 'instance d'
print(a.nd, a.d)
a.nd = 'assigned'
print(a.nd)
try:
    a.d = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(vars(a)))
# A descriptor with only __set__ intercepts assignment, but reads find the instance dict first
# (and the descriptor object itself when the dict has no entry).
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['so'] = value * 2
class B:
    so = SetOnly()
b = B()
print(type(b.so).__name__)
b.so = 5
print(b.so, b.__dict__['so'])
