# except* splits an ExceptionGroup by type and each matching clause gets a subgroup.
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print(type(eg).__name__, eg.message, [repr(x) for x in eg.exceptions])
except* TypeError as eg:
    print(type(eg).__name__, eg.message, [repr(x) for x in eg.exceptions])
try:
    raise ValueError("naked")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg.exceptions[0]))
try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), IndexError("i")])
    except* KeyError:
        print("handled key part")
except ExceptionGroup as rest:
    print("rest", rest.message, [repr(x) for x in rest.exceptions])
eg = ExceptionGroup("msg", [ValueError("a")])
print(str(eg), repr(eg))
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
