# __build_class__ is a callable builtin, visible as a builtin name.
print(callable(__build_class__))
print(__build_class__.__name__)
print(type(__build_class__).__name__)
class K:
    x = 5
print(K.__name__, K.x)
try:
    __build_class__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    __build_class__(lambda: None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __build_class__(1, 'K')
except TypeError as e:
    print(type(e).__name__, e)
