# An exception raised by __exit__ replaces the body's, with the body's as its context.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('exit failed')
try:
    with Bad():
        raise KeyError('k')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
try:
    with Bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
class EnterFails:
    def __enter__(self):
        raise ValueError('no entry')
    def __exit__(self, *a):
        print('never')
try:
    with EnterFails():
        print('never')
except ValueError as e:
    print('ValueError', e)
class Truthy:
    def __enter__(self):
        return 7
    def __exit__(self, *a):
        return 'yes'
with Truthy() as v:
    raise IndexError
print('suppressed by a truthy value', v)
for bad in [1, 'x', None]:
    try:
        with bad:
            pass
    except TypeError as e:
        print('TypeError', e)
