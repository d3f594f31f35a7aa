# Calling a method through the class needs an explicit self, which may be any object (no type check).
class A:
    def __init__(self):
        self.v = 'A instance'
    def show(self):
        return self.v
    def kind(self):
        return type(self).__name__
class Other:
    v = 'Other instance'
a = A()
print(A.show(a), A.kind(a), A.show(Other()), A.kind(1))
try:
    A.show()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.show(None)
except AttributeError as e:
    print(type(e).__name__, e)
# Base-class method applied to a subclass instance.
class B(A):
    def show(self):
        return 'B says ' + A.show(self)
print(B().show())
print(list(map(A.kind, [a, B()])))
