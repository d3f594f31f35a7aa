# A package is a folder with `__init__.py`; a submodule becomes an attribute of its package.
# file: pkg/__init__.py
#| print("pkg init", __name__, __package__)
#| top = "top"
# file: pkg/leaf.py
#| print("leaf", __name__, __package__)
#| value = 7
# file: pkg/inner/__init__.py
#| print("inner init", __name__, __package__)
# file: pkg/inner/deep.py
#| depth = 3
import pkg
print(pkg.top, hasattr(pkg, "leaf"), type(pkg.__path__).__name__, len(pkg.__path__))
import pkg.leaf
print(pkg.leaf.value, hasattr(pkg, "leaf"))
import pkg.inner.deep
print(pkg.inner.deep.depth, pkg.inner.__package__)
import pkg.inner.deep as d
print(d is pkg.inner.deep, d.__name__, d.__package__)
from pkg.inner import deep
print(deep is d)
from pkg import leaf, top
print(leaf.value, top)
import sys
print([k for k in sorted(sys.modules) if k.startswith("pkg")])
print(pkg.__file__.endswith("__init__.py"), pkg.__path__[0].endswith("pkg"))
