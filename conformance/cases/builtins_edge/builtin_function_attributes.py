# Builtin functions expose __name__, __qualname__ and a repr, and their type is builtin_function_or_method.
for fn in (len, abs, max, min, sorted, print, isinstance, getattr, iter, next, divmod, pow, round):
    print(fn.__name__, fn.__qualname__, repr(fn))
print(type(len).__name__, type(len) is type(abs), callable(len))
print(type(int).__name__, repr(int), repr(type), repr(object), int.__name__, int.__qualname__)
print([b.__name__ for b in (bool, bytes, dict, enumerate, filter, map, range, reversed, slice, zip)])
print(repr([].append)[:32], type([].append).__name__)
print(str.upper.__name__, str.upper.__qualname__, dict.fromkeys.__name__)
def f():
    pass
print(f.__name__, type(f).__name__, type(lambda: 0).__name__, type(print).__name__)
try:
    len.__name__ = "size"
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
