# Subclasses of KeyError, StopIteration and others can override __str__ and __init__ arguments.
class PlainKey(KeyError):
    def __str__(self):
        return "missing key " + str(self.args[0])
try:
    raise PlainKey("k")
except KeyError as e:
    print(e, repr(e), e.args)
class ReasonError(ValueError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
    def __str__(self):
        return "%s: %s" % self.args
e = ReasonError("age", "negative")
print(e, repr(e), e.field)
try:
    raise ReasonError("name", "empty")
except ValueError as err:
    print(type(err).__name__, err)
class Done(StopIteration):
    def __init__(self, result):
        super().__init__(result)
d = Done(42)
print(d.value, d.args, str(d), repr(d))
def gen():
    yield 1
    return 99
g = gen()
next(g)
try:
    next(g)
except StopIteration as s:
    print(type(s).__name__, s.value)
class EmptyArgs(Exception):
    def __init__(self):
        super().__init__()
print(repr(EmptyArgs()), repr(str(EmptyArgs())), EmptyArgs().args)
