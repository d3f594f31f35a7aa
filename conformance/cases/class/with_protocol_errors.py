# Using an object without __enter__/__exit__ in a with statement raises TypeError.
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
class Neither:
    pass
for cls in (NoEnter, NoExit, Neither):
    try:
        with cls():
            print('body ran')
    except TypeError as e:
        print(type(e).__name__, e)
# __enter__ raising means __exit__ is not called.
class EnterFails:
    def __enter__(self):
        raise ValueError('enter failed')
    def __exit__(self, *a):
        print('exit called')
try:
    with EnterFails():
        print('body ran')
except ValueError as e:
    print(type(e).__name__, e)
