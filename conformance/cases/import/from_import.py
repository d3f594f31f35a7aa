# `from m import a, b as c` binds names; a missing one is ImportError naming the module.
# file: shapes.py
#| side = 3
#| def area(): return side * side
#| class Square: pass
from shapes import side, area as a, Square
print(side, a(), Square.__module__)
try:
    from shapes import circle
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path.endswith("shapes.py"))
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
