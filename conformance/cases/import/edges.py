# The less common ways an import goes: odd objects in sys.modules, odd fromlists, a
# package's __all__ naming submodules, a module that removes itself.
# file: spkg/__init__.py
#| __all__ = ["one", "two"]
# file: spkg/one.py
#| v = 1
# file: spkg/two.py
#| v = 2
# file: vanish.py
#| import sys
#| del sys.modules[__name__]
# file: raiser.py
#| def __getattr__(name):
#|     raise KeyError(name)
import sys
from spkg import *
print(one.v, two.v)
sys.modules["numberish"] = 5
from numberish import real, imag
print(real, imag)
try:
    from numberish import nothing
except ImportError as e:
    print(type(e).__name__, e)
class Holder:
    attr = "held"
    __dict__ = {"attr": "held", "_priv": 1}
sys.modules["holder"] = Holder()
from holder import *
print(attr)
for fromlist in [[1], ("ok", 2)]:
    try:
        __import__("spkg", fromlist=fromlist)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    import vanish
except Exception as e:
    print(type(e).__name__, e)
try:
    from raiser import anything
except KeyError as e:
    print(type(e).__name__, e)
spkg_path = sys.modules["spkg"].__path__
sys.modules["spkg"].__path__ = [1, None] + list(spkg_path)
import spkg.one as again
print(again.v)
