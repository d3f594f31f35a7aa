def g():
    yield

it = g()
print(type(it).__name__)
print(type(x for x in []).__name__)
print(type(g).__name__)
print(type(it) is type(x for x in []))
print(isinstance(it, type(g())))
print(bool(it))
print(it == it, it != g())
print(callable(g), callable(it))
try:
    it()
except TypeError as e:
    print(type(e).__name__, e)
try:
    it + 1
except TypeError as e:
    print(type(e).__name__, e)
