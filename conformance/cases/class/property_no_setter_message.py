# Error messages for assigning/deleting a property that lacks setter/deleter.
class A:
    @property
    def x(self):
        return 1
    @property
    def y(self):
        return 2
    @y.setter
    def y(self, v):
        pass
a = A()
for action in ('set x', 'del x', 'del y'):
    try:
        if action == 'set x':
            a.x = 5
        elif action == 'del x':
            del a.x
        else:
            del a.y
    except AttributeError as e:
        print(type(e).__name__, e)
a.y = 10
print(a.x, a.y)
class B(A):
    pass
try:
    B().x = 3
except AttributeError as e:
    print(type(e).__name__, e)
