# Instance attributes shadow class attributes; deleting the instance one reveals the class one.
class A:
    x = 1
    items = []

a = A()
b = A()
print(a.x, b.x, A.x)
a.x = 10
print(a.x, b.x, A.x)
print('x' in vars(a), 'x' in vars(b))
del a.x
print(a.x)
A.x = 5
print(a.x, b.x)
# A mutable class attribute is shared by all instances.
a.items.append(1)
b.items.append(2)
print(A.items, a.items is b.items)
# Assignment through an instance creates a new instance attribute instead.
a.items = ['own']
print(a.items, b.items, A.items)
try:
    del b.x
except AttributeError as e:
    print(type(e).__name__, e)
