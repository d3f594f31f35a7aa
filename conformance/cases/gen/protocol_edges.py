# send, throw and close at every state, and through yield from.
def inner():
    try:
        x = yield 1
        print('inner got', x)
        yield 2
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'recovered'
    finally:
        print('inner finally')
    return 'inner done'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer end'
g = outer()
print(next(g), g.send('hello'), g.throw(KeyError('k')), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
g = outer()
next(g)
g.close()
print('closed')
g = outer()
print(next(g), g.throw(KeyError, 'v'))
g.close()
def plain():
    yield 1
p = plain()
for bad in [lambda: p.send(5), lambda: p.throw(5), lambda: p.throw(ValueError('x'), 1),
            lambda: p.throw(ValueError, ValueError('y')), lambda: next(p), lambda: p.throw(IndexError)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def swallow():
    while True:
        try:
            yield
        except GeneratorExit:
            raise ValueError('swallowed')
s = swallow()
next(s)
try:
    s.close()
except ValueError as e:
    print('ValueError', e)
def returns():
    try:
        yield 1
    except GeneratorExit:
        return 'bye'
r = returns()
next(r)
print(r.close(), r.gi_running, r.gi_yieldfrom)
def delegating():
    yield from range(3)
d = delegating()
print(next(d), type(d.gi_yieldfrom).__name__, list(d), d.gi_yieldfrom)
