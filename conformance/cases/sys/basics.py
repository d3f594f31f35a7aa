# What sys tells about the interpreter, in forms that do not depend on the machine.
import sys
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
print(type(sys.path).__name__, type(sys.modules).__name__, sys.modules["sys"] is sys)
print(sys.byteorder in ("little", "big"), sys.byteorder == "little")
print(sys.maxsize == 2**63 - 1, isinstance(sys.maxsize, int))
print(sys.platform == "linux", type(sys.version).__name__, sys.version_info >= (3, 8))
print(sys.version_info[0], type(sys.version_info[1]).__name__)
print("sys" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(sys.getdefaultencoding(), isinstance(sys.hexversion, int))
print(sys.__name__, sys.exit.__module__, sys.exit.__name__, repr(sys.exit))
v = sys.version_info
print(v.major, v[0] == v.major, v.releaselevel, type(v[:2]).__name__, v >= (3, 8), len(v))
impl = sys.implementation
print(type(impl.name).__name__, type(impl.version).__name__, impl.cache_tag is None or isinstance(impl.cache_tag, str))
