# A read-only property computes on access; assigning or deleting it raises AttributeError.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return self.r * 2
c = Circle(3)
print(c.diameter)
c.r = 5
print(c.diameter)
print(type(Circle.diameter).__name__, Circle.diameter.fset, Circle.diameter.fdel)
try:
    c.diameter = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.diameter
except AttributeError as e:
    print(type(e).__name__, e)
print(Circle.diameter.__get__(c), Circle.diameter.fget(c))
