try:
    raise ValueError("a", 1, None)
except ValueError as e:
    print(e.args)
    print(str(e))
    print(repr(e))
    print(len(e.args), e.args[1])
try:
    raise TypeError(42)
except TypeError as e:
    print(e.args, str(e), repr(e))
