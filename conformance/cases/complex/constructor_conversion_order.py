# complex(): __complex__ of the first argument only, then both arguments' types checked before
# either converts through __float__ or __index__; signed parts combine as in CPython;
# complex subclasses; and complex.__complex__ with its receiver and argument errors.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class OnlyC:
    def __complex__(self): return 1+2j
class OnlyF:
    def __float__(self): return 2.5
class OnlyI:
    def __index__(self): return 7
class FI:
    def __float__(self): return 1.5
    def __index__(self): return 9
class BadF:
    def __float__(self): return "x"
class BadI:
    def __index__(self): return 1.5
class RaiseF:
    def __float__(self): raise KeyError("boom")
class Big:
    def __index__(self): return 10**400
class CSub(complex): pass
class CSubC(complex):
    def __complex__(self): return 5j
t(complex, OnlyC())
t(complex, OnlyC(), 1)
t(complex, 1, OnlyC())
t(complex, OnlyF())
t(complex, OnlyI())
t(complex, FI())
t(complex, OnlyF(), OnlyI())
t(complex, BadF())
t(complex, BadI())
t(complex, RaiseF())
t(complex, RaiseF(), None)
t(complex, RaiseF(), "x")
t(complex, Big())
t(complex, 10**400)
t(complex, 1, 10**400)
t(complex, CSubC(1, 2))
t(complex, CSub(1, 2))
t(complex, None)
t(complex, 1, None)
t(complex, [], [])
t(complex, 1j, 1j)
t(complex, -0.0, -0.0)
t(complex, 1, 2j)
t(complex, OnlyC(), OnlyF())
t(complex, object())
t(complex.__complex__, 3j)
t(complex.__complex__, CSub(1, 2))
t(complex.__complex__, 1)
t(complex.__complex__)
t(complex.__complex__, 1j, 2)
t((2j).__complex__)
print((2j).__complex__() is not None)
z = 4j
print(z.__complex__() is z)
t(complex, True, False)
t(complex, "1+2j", OnlyF())
t(complex, OnlyF(), "x")
t(complex, real=OnlyC())
t(complex, imag=OnlyI())
class MyC(complex): pass
for args in [(OnlyC(),), (1, 2), (MyC(1, 2), 1), (OnlyC(), 1)]:
    try:
        r = MyC(*args); print(type(r).__name__, r)
    except Exception as e: print(type(e).__name__, e)
try: MyC(1, OnlyC())
except TypeError as e: print(e)
class Order:
    def __float__(self):
        print("float called"); return 1.0
try: complex(Order(), [])
except TypeError as e: print(e)
print(complex(Order(), Order()))
class CI:
    def __complex__(self): return 1j
    def __index__(self): return 3
print(complex(CI()), complex(5, CI()))
