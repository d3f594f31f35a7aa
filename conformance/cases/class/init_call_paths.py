# Calling a class runs __new__ then __init__; the common case (object.__new__ and a plain
# Python __init__) takes a shortcut in the VM that must keep every rule of the general one.

class P:
    def __init__(self, x, y=2, *rest, k=0, **kw):
        self.x, self.y, self.rest, self.k, self.kw = x, y, rest, k, kw

p = P(1)
print(p.x, p.y, p.rest, p.k, p.kw)
p = P(1, 3, 4, 5, k=6, z=7)
print(p.x, p.y, p.rest, p.k, p.kw, type(p).__name__)
print(P(*[1, 2], **{"k": 3}).k)

# Argument errors name __init__.
for call in (lambda: P(), lambda: P(1, x=2), lambda: P(1, k=1, k2=2).kw):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)

# __init__ must return None; the error is raised at the call.
class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print("TypeError", e)

class Fine:
    def __init__(self):
        return None

print(type(Fine()).__name__)

# Exceptions from __init__ propagate with its frame in the traceback.
class Raises:
    def __init__(self, n):
        if n > 0:
            raise ValueError(n)

try:
    Raises(3)
except ValueError as e:
    t = e.__traceback__
    names = []
    while t is not None:
        names.append(t.tb_lineno)
        t = t.tb_next
    print("ValueError", e, len(names))

# The instance survives even if __init__ drops its own name for it.
class Drops:
    def __init__(self):
        self.v = [1] * 3
        del self
        junk = [[i] for i in range(2000)]

d = Drops()
print(d.v)

# Recursion through __init__ ends in RecursionError.
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)

try:
    Deep(0)
except RecursionError:
    print("RecursionError")

# The other paths: __new__ of Python code, a metaclass __call__, builtin bases, an
# __init__ that is a generator function, an __init__ that is not a function.
class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, *a):
        print("init", a)

WithNew(1, 2)

class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)

class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a

print(M(9).a)

class L(list):
    def __init__(self, n):
        super().__init__(range(n))

print(L(3), len(L(4)))

class Gen:
    def __init__(self):
        yield 1

try:
    Gen()
except TypeError as e:
    print("TypeError", e)

class CallableInit:
    class _I:
        def __call__(self, obj):
            print("callable init", type(obj).__name__)
    __init__ = _I()

try:
    CallableInit()
except TypeError as e:
    print("TypeError", e)

class Inherits(P):
    pass

print(Inherits(5).x)

class Slots:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1

print(Slots().a)
try:
    class Slots2:
        __slots__ = ("a",)

        def __init__(self):
            self.b = 1

    Slots2()
except AttributeError as e:
    print("AttributeError", e)

# Constructing many instances in a loop (and in a comprehension).
class V:
    def __init__(self, x):
        self.x = x

print(sum(V(i).x for i in range(1000)), [V(i).x for i in range(3)])
