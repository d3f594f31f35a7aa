# A module's docstring becomes its __doc__, the main module's and exec'd code's too; a
# string that is not the first statement does not.
"""The main module's docstring."""
# file: documented.py
#| """Documented module.
#|
#| Second paragraph."""
#| value = 1
# file: late.py
#| value = 1
#| """not a docstring"""
# file: undocumented.py
#| x = "not a docstring either"
import documented, late, undocumented
print(repr(__doc__))
print(repr(documented.__doc__))
print(late.__doc__, undocumented.__doc__)
ns = {}
exec('"""exec doc"""\nx = 1', ns)
print(ns['__doc__'])
exec('x = 1', ns)
print(ns['__doc__'])
class C:
    """class doc"""
print(C.__doc__)
