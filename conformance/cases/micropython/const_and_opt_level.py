# micropython.const is the identity at run time; opt_level 1 drops asserts and makes
# __debug__ False for code compiled after it. (`micropython` is MicroPython's own module,
# so the expected output is written in NAME.py.exp: CPython has no such module.)
import micropython
from micropython import const
A = const(7)
B = const(A * 2 + 1)
print(A, B, const("s"), const((1, 2)))
for bad in [(), (1, 2)]:
    try:
        const(*bad)
    except TypeError as e:
        print("TypeError", e)
print(micropython.opt_level(), __debug__)
micropython.opt_level(1)
print(micropython.opt_level())
exec("assert False\nprint('asserts off', __debug__)")
micropython.opt_level(0)
try:
    exec("assert 1 == 2, 'asserts on'")
except AssertionError as e:
    print("AssertionError", e)
try:
    micropython.opt_level("x")
except TypeError as e:
    print("TypeError", e)
