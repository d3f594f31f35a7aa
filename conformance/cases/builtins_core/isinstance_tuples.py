# isinstance with tuples, including nested tuples of types.
print(isinstance(1, (str, int)), isinstance(1, (str, float)))
print(isinstance('s', (int, (float, (str,)))))
print(isinstance(True, int), isinstance(True, (bool,)))
print(isinstance(1, ()), isinstance(None, type(None)))
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)))
print(isinstance(int, type), isinstance(type, object))
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(isinstance('s', (int, 5)))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (int, 5)))
