# Checks **mapping arguments in calls, combining several and mixing with explicit keywords.
def show(**kw):
    return sorted(kw.items())

print(show(**{"a": 1}))
print(show(**{"a": 1}, **{"b": 2}))
print(show(x=0, **{"a": 1}, y=2))
print(show(**{}))

def f(a, b=2, *, c=3):
    return a, b, c

print(f(**{"a": 1}))
print(f(**{"a": 1, "c": 30}))
print(f(1, **{"b": 20}))
print(f(*[1], **{"c": 5}, b=9))

def g(*args, **kwargs):
    return args, sorted(kwargs)

print(g(1, *[2], k=1, **{"m": 2}))

class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key.upper()

print(show(**Mapping()))
print(dict(**{"z": 1}, w=2) == {"z": 1, "w": 2})

try:
    f(**{"a": 1, "zzz": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(2, **{"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
