# What a failed import says, and the name it records.
import sys
for name in ["no_such_module_xyz", "sys.path", "sys.nope.deeper"]:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    import no_such_module_xyz.child
except ModuleNotFoundError as e:
    print(e, e.name)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(issubclass(ModuleNotFoundError, ImportError))
