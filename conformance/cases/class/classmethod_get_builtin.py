# classmethod(f).__get__ binds f to the owner type (or to what is given as owner) as a plain
# bound method, a builtin function like abs included.
for args in [(None, int), (3,), ('ab',), (None, -1), (None, 'ab'), (None, [1]), (True,),
             (None, None)]:
    try:
        r = classmethod(abs).__get__(*args)
        print(args, r, type(r).__name__, r.__self__, r.__func__, r.__name__)
    except Exception as e:
        print(args, type(e).__name__, e)
print(classmethod.__get__(classmethod(abs), None, int))
print(classmethod(len).__get__(None, 'abc')())
def f(cls, x=0):
    return cls, x
r = classmethod(f).__get__(None, 5)
print(r(), r(1), type(r).__name__)
class C:
    g = classmethod(abs)
print(C.g, C().g, C.g == C.g)
try:
    C.g()
except TypeError as e:
    print(type(e).__name__, e)
