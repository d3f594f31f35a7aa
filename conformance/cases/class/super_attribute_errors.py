# Missing attributes on super objects and misuse of super().
class A:
    x = 1
class B(A):
    def get(self, name):
        return getattr(super(), name)
b = B()
print(b.get('x'))
try:
    b.get('nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(B, b).missing
except AttributeError as e:
    print(type(e).__name__, e)
def free():
    return super()
try:
    free()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(1, b)
except TypeError as e:
    print(type(e).__name__, e)
