# Builtin functions and iterator types expose __name__, __qualname__ and a repr naming them.
for f in [iter, next, len, sorted, min, max, sum, any, all, abs, repr, callable, divmod]:
    print(f.__name__, f.__qualname__, repr(f))
for t in [zip, map, filter, enumerate, reversed, range, list, tuple, dict]:
    print(t.__name__, t.__qualname__, repr(t))
print(type(len).__name__, type(iter).__name__ == type(next).__name__)
m = [].append
print(type(m).__name__, m.__name__, m.__qualname__)
print(str.join.__name__, str.join.__qualname__, dict.fromkeys.__name__)
print(callable(iter), callable(zip), callable(iter([])), callable(zip()))
