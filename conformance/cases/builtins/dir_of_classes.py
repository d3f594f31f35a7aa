# dir() of a class lists what the class and its bases hold, not its metaclass's
# attributes; dir() of an instance adds its own dict's names.

class A:
    x = 1

    def f(self):
        pass


class B(A):
    __slots__ = ("s",)


class C:
    __slots__ = ()


def show(names):
    # The dunder names both interpreters share; the rest in full.
    return [n for n in names if not (n.startswith("__") and n.endswith("__"))], [
        n for n in ("__class__", "__dict__", "__doc__", "__module__", "__weakref__",
                    "__name__", "__mro__", "__bases__", "__qualname__")
        if n in names
    ]


a = A()
a.y = 2
for obj in (A, a, B, B(), C, C(), int, 5, "s", [], type):
    print(show(dir(obj)))
print(dir() == sorted(globals()) or sorted(dir()))
for obj in (1.5, 2j, True, range(3), slice(1), property(), ValueError(), KeyError):
    names = dir(obj)
    print(type(obj).__name__, [n for n in ("real", "imag", "numerator", "denominator", "start", "stop", "step", "fget", "fset", "fdel", "args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__dict__") if n in names])
