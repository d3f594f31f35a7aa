# A special method set to None: calling it is calling None, except where iteration and
# membership check for it and say the object is not iterable or not a container.
class A:
    __call__ = None
    __bool__ = None
    __len__ = None
    __iter__ = None
    __next__ = None
    __getitem__ = None
    __contains__ = None
    __add__ = None
    __repr__ = None
    __eq__ = None
    __lt__ = None
    __neg__ = None
    __enter__ = None
for name, f in [("call", lambda: A()()), ("bool", lambda: bool(A())), ("len", lambda: len(A())), ("iter", lambda: iter(A())),
                ("next", lambda: next(A())), ("getitem", lambda: A()[0]), ("contains", lambda: 1 in A()), ("add", lambda: A() + 1),
                ("repr", lambda: repr(A())), ("eq", lambda: A() == 1), ("lt", lambda: A() < 1), ("neg", lambda: -A())]:
    try:
        print(name, f())
    except TypeError as e:
        print(name, "TypeError", e)
