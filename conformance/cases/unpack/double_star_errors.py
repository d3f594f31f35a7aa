# Checks errors for ** in calls: non-mapping, non-string keys and duplicate keywords.
def f(**kw):
    return kw

try:
    f(**{1: "x"})
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(**[("a", 1)])
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(**None)
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)

try:
    print(*None)
except TypeError as e:
    print(type(e).__name__, e)

print(f(**{"ok": 1}))
