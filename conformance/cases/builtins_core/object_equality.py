# Plain object() instances are equal only to themselves.
a = object()
b = object()
print(a == a, a == b, a != b, a is a)
print(a in [b], a in [b, a])
print(type(a).__name__, object() == object())
print(len({a, b, a}))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
