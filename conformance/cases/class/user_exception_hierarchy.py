# except clauses match subclasses; the first matching clause wins; tuples of classes work.
class BaseErr(Exception): pass
class IOish(BaseErr): pass
class NetErr(IOish): pass
class Other(BaseErr): pass
def classify(exc):
    try:
        raise exc
    except NetErr:
        return 'net'
    except IOish as e:
        return 'io:' + type(e).__name__
    except (Other, KeyError) as e:
        return 'other-or-key:' + type(e).__name__
    except BaseErr:
        return 'base'
for exc in (NetErr(), IOish(), Other(), KeyError('k'), BaseErr()):
    print(classify(exc))
print([k.__name__ for k in NetErr.__mro__])
print(issubclass(NetErr, Exception), isinstance(NetErr(), BaseException))
try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise NetErr('outer') from e
except BaseErr as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
        raise KeyError
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)
