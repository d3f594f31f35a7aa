# Names, bases and MRO of builtin exception classes.
for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
            FloatingPointError, LookupError, IndexError, KeyError, ValueError, UnicodeError,
            NameError, UnboundLocalError, RuntimeError, RecursionError, NotImplementedError,
            StopIteration, StopAsyncIteration, GeneratorExit, SystemExit, KeyboardInterrupt,
            AssertionError, AttributeError, TypeError, ImportError, ModuleNotFoundError,
            SyntaxError, IndentationError, TabError, EOFError, MemoryError]:
    print(cls.__name__, [b.__name__ for b in cls.__bases__], len(cls.__mro__))
print([c.__name__ for c in TabError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(type(ValueError).__name__, type(ValueError()).__name__)
print(ValueError.__name__, ValueError.__qualname__)
