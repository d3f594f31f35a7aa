# str() and repr() of many builtin exception classes with zero, one and two arguments.
classes = [BaseException, Exception, ValueError, TypeError, IndexError, LookupError,
           ArithmeticError, ZeroDivisionError, OverflowError, AttributeError, NameError,
           UnboundLocalError, RuntimeError, NotImplementedError, RecursionError,
           AssertionError, StopIteration, GeneratorExit, KeyboardInterrupt, MemoryError,
           EOFError, ImportError, UnicodeError, BufferError]
for cls in classes:
    e0 = cls()
    e1 = cls("msg")
    e2 = cls("a", 2)
    print(cls.__name__, repr(str(e0)), repr(e0), str(e1), repr(e1), str(e2), repr(e2))
