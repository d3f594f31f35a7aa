# vars() of objects, classes, modules-like namespaces.
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 'two'

obj = C()
print(vars(obj))
print(vars(obj) is obj.__dict__)
vars(obj)['c'] = 3
print(obj.c)
print(sorted(k for k in vars(C) if not k.startswith('__')))
def f():
    x = 1
    return vars()
print(f())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ('a',)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
