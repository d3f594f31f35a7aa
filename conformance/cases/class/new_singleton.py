# Singleton through __new__: every call returns the same object, but __init__ still runs each time.
class Single:
    _instance = None
    inits = 0
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        Single.inits += 1
        self.value = value
a = Single(1)
b = Single(2)
print(a is b, a.value, b.value, Single.inits)
class Cached:
    cache = {}
    def __new__(cls, key):
        if key not in cls.cache:
            obj = super().__new__(cls)
            obj.key = key
            cls.cache[key] = obj
        return cls.cache[key]
print(Cached('x') is Cached('x'), Cached('x') is Cached('y'), sorted(Cached.cache))
