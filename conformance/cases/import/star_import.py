# `from m import *` takes `__all__` when there is one, else every name without a `_`.
# file: public.py
#| a = 1
#| _hidden = 2
#| def fn(): return "fn"
# file: listed.py
#| __all__ = ["x", "_y"]
#| x, _y, z = 1, 2, 3
# file: badall.py
#| __all__ = ["ok", 5]
#| ok = 1
# file: missing.py
#| __all__ = ["ghost"]
from public import *
print(a, fn())
try:
    _hidden
except NameError as e:
    print(e)
from listed import *
print(x, _y)
try:
    z
except NameError as e:
    print(e)
try:
    from badall import *
except TypeError as e:
    print(type(e).__name__, e)
try:
    from missing import *
except AttributeError as e:
    print(type(e).__name__, e)
for src in ["def g():\n    from public import *\n", "class K:\n    from public import *\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg, e.lineno)
ns = {}
exec("from public import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
