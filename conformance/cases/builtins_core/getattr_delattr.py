# getattr with a default, setattr, hasattr and delattr.
class C:
    cls = 'class attr'
c = C()
setattr(c, 'x', 1)
print(getattr(c, 'x'), getattr(c, 'cls'), getattr(c, 'missing', 'default'))
print(getattr(c, 'missing', None), hasattr(c, 'x'), hasattr(c, 'nope'))
delattr(c, 'x')
print(hasattr(c, 'x'), getattr(c, 'x', 'gone'))
try:
    getattr(c, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 'x')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
delattr(C, 'cls')
print(hasattr(c, 'cls'))
print(getattr([], 'append').__name__, getattr(1, 'real'))
