# A truthy __exit__ return suppresses the exception; execution continues after the with.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.caught = None if et is None else et.__name__
        return et is not None and issubclass(et, self.types)
s = Suppress(ValueError, KeyError)
with s:
    raise ValueError('hidden')
print('after', s.caught)
with s:
    {}['missing']
print('after', s.caught)
try:
    with Suppress(KeyError):
        raise TypeError('not suppressed')
except TypeError as e:
    print(type(e).__name__, e)
class Truthy:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): return 'non-empty string'
def f():
    with Truthy() as t:
        raise IndexError
    return 'continued with ' + t
print(f())
