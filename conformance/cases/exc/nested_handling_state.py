# The exception being handled survives a finally body or handler that handles another one
# itself, and a bare `raise` in a loop's handler leaves the loop working.
def f():
    try:
        raise ValueError('outer')
    finally:
        try:
            raise KeyError('inner')
        except KeyError as e:
            print('handled', repr(e))
try:
    f()
except ValueError as e:
    print('caught', repr(e), repr(e.__context__))

for i in range(3):
    try:
        try:
            raise TypeError(i)
        except TypeError:
            if i == 1:
                raise
            print('swallow', i)
    except TypeError as e:
        print('reraised', e)
try:
    None * 1
except TypeError as e:
    print(e)

def g():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            try:
                raise
            except ValueError as e:
                print('inner', e)
    return 'done'
print(g())

def h():
    try:
        1/0
    except ZeroDivisionError:
        try:
            {}['k']
        except KeyError:
            pass
        raise
try:
    h()
except ZeroDivisionError as e:
    print('h', e, repr(e.__context__))

def k():
    try:
        raise ValueError('a')
    finally:
        for j in range(2):
            try:
                raise KeyError(j)
            except KeyError:
                continue
        print('after loop')
try:
    k()
except ValueError as e:
    print('k', e)
