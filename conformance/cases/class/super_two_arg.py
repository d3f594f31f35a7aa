# super(C, obj) starts lookup after C in type(obj).__mro__, skipping classes.
class A:
    def f(self):
        return 'A'
class B(A):
    def f(self):
        return 'B'
class C(B):
    def f(self):
        return 'C'
c = C()
print(super(C, c).f(), super(B, c).f())
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__, e)
# Two-arg super outside a class body.
def outside(obj):
    return super(type(obj), obj).f()
print(outside(c), outside(B()))
# Unbound super with a type second argument returns plain functions.
print(super(C, C).f(c))
try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)
