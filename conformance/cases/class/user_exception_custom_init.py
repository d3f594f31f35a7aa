# User exceptions with custom __init__, extra attributes and __str__.
class AppError(Exception):
    def __init__(self, code, detail='none'):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return 'AppError[%d]: %s' % (self.code, self.detail)
try:
    raise AppError(404, 'missing')
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, e.detail, repr(str(e)))
    print(repr(e))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.args, e.a, str(e), repr(e))
class Plain(Exception):
    pass
for p in (Plain(), Plain('one'), Plain('one', 2)):
    print(repr(str(p)), repr(p), p.args)
