# __repr__/__str__ must return str; errors raised inside them propagate.
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
class Raises:
    def __repr__(self): raise ValueError('repr failed')
def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: repr(BadRepr()))
show(lambda: str(BadRepr()))
show(lambda: str(BadStr()))
show(lambda: f'{BadStr()}')
show(lambda: repr(Raises()))
show(lambda: str([Raises()]))
class StrSub(str):
    pass
class ReturnsSub:
    def __repr__(self): return StrSub('sub ok')
show(lambda: repr(ReturnsSub()))
show(lambda: type(repr(ReturnsSub())).__name__)
