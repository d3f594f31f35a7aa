# Metaclass __call__ controls instance creation: Class(...) goes through type(Class).__call__.
log = []
class Tracking(type):
    def __call__(cls, *args, **kw):
        log.append(('call', cls.__name__, args, kw))
        obj = super().__call__(*args, **kw)
        obj.created_by_meta = True
        return obj
class A(metaclass=Tracking):
    def __init__(self, v, k=0):
        log.append(('init', v, k))
        self.v = v
a = A(1, k=2)
print(log, a.v, a.created_by_meta)
class Cache(type):
    def __call__(cls, key):
        store = cls.__dict__['store']
        if key not in store:
            store[key] = super().__call__(key)
        return store[key]
class Thing(metaclass=Cache):
    store = {}
    def __init__(self, key):
        self.key = key
print(Thing('a') is Thing('a'), Thing('a') is Thing('b'), sorted(Thing.store))
class NoInstances(type):
    def __call__(cls, *a):
        raise TypeError(cls.__name__ + ' cannot be instantiated')
class Abstract(metaclass=NoInstances):
    pass
try:
    Abstract()
except TypeError as e:
    print(type(e).__name__, e)
