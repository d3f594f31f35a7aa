# Plain object() instances have no __dict__ and reject attribute assignment.
o = object()
print(type(o).__name__, hasattr(o, '__dict__'), hasattr(o, 'x'))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(o.x)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(o)
except TypeError as e:
    print(type(e).__name__, e)
print(o == o, o != object(), o == object())
try:
    object.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
class A:
    pass
A.x = 1
print(A.x, A().x)
