# A module-level __getattr__ answers for missing attributes (PEP 562), also for from-imports.
# file: lazy.py
#| present = "here"
#| def __getattr__(name):
#|     if name.startswith("lazy_"):
#|         return name.upper()
#|     raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
import lazy
print(lazy.present, lazy.lazy_thing, getattr(lazy, "lazy_x"))
from lazy import lazy_y
print(lazy_y)
try:
    lazy.other
except AttributeError as e:
    print(e)
try:
    from lazy import other
except ImportError as e:
    print(type(e).__name__, str(e).replace(e.path, "PATH"))
print(hasattr(lazy, "lazy_z"), hasattr(lazy, "zzz"))
