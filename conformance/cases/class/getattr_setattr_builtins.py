# getattr/setattr/delattr/hasattr builtins, defaults, and non-string names.
class A:
    cls_attr = 'c'
a = A()
setattr(a, 'x', 10)
print(getattr(a, 'x'), getattr(a, 'cls_attr'), getattr(a, 'y', None), hasattr(a, 'x'))
setattr(a, 'with space', 1)
print(getattr(a, 'with space'), sorted(vars(a)))
delattr(a, 'x')
print(hasattr(a, 'x'), getattr(a, 'x', 'gone'))
try:
    getattr(a, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(a, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
for bad in (lambda: getattr(a, 1), lambda: setattr(a, 2, 3), lambda: hasattr(a, None), lambda: delattr(a, 1.5)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
setattr(A, 'added', lambda self: 'added method')
print(a.added())
