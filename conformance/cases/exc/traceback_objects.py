# Traceback objects: the chain from the catching frame to the raising one, the same objects
# when asked twice, extended as the exception travels outward, settable, and passed to
# __exit__; the exception attributes that cannot be deleted.
class E(Exception): pass
def f(): raise E("x")
def g(): f()
try:
    g()
except E as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, type(tb).__name__)
    n = []
    while tb: n.append(tb.tb_lineno); tb = tb.tb_next
    print(n)
    e.__traceback__ = None
    print(e.__traceback__)
class M:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v, tb is not None, tb.tb_lineno)
        return True
with M():
    raise KeyError(1)
def outer():
    try:
        g()
    except E as e:
        t1 = e.__traceback__
        raise
try:
    outer()
except E as e:
    t = e.__traceback__
    L = []
    while t: L.append(t.tb_lineno); t = t.tb_next
    print(L)
    x = ValueError().with_traceback(e.__traceback__)
    print(x.__traceback__ is e.__traceback__)
try:
    ValueError().with_traceback(3)
except TypeError as err: print(err)
try:
    ValueError().with_traceback()
except TypeError as err: print(err)
e = E()
e.__traceback__ = None
try:
    e.__traceback__ = 1
except TypeError as err: print(err)
e = ValueError()
for n in ("__cause__", "__context__", "__traceback__", "__suppress_context__", "args"):
    try:
        delattr(e, n)
        print("deleted", n)
    except (TypeError, AttributeError) as x:
        print(type(x).__name__, x)
print(e.args, e.__cause__)
class Sub(ValueError):
    pass
s = Sub()
for bad in (5, "x", Sub):
    try:
        s.__cause__ = bad
    except TypeError as x:
        print(type(x).__name__, x)
    try:
        s.__context__ = bad
    except TypeError as x:
        print(type(x).__name__, x)
s.__cause__ = KeyError()
s.__context__ = None
print(type(s.__cause__).__name__, s.__context__, s.__suppress_context__)
def gen():
    yield 1
    raise IndexError("in gen")
try:
    for _ in gen():
        pass
except IndexError as ie:
    t = ie.__traceback__
    depth = 0
    while t is not None:
        depth += 1
        t = t.tb_next
    print("gen depth", depth)
print(repr(ValueError().__traceback__))
