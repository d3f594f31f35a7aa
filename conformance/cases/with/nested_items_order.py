# Several items enter left to right and exit right to left; an exception passes through all.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress
with CM('a') as a, CM('b') as b, CM('c') as c:
    print('body', a.name, b.name, c.name)
with CM('outer', suppress=True):
    with CM('x'), CM('y'):
        raise ValueError('boom')
    print('not reached')
print('after')
try:
    with CM('p'), CM('q', suppress=True), CM('r'):
        1 / 0
    print('suppressed in the middle')
except ZeroDivisionError:
    print('not caught here')
