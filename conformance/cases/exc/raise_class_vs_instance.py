try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e), e.args, "[" + str(e) + "]")
try:
    raise ValueError("x")
except ValueError as e:
    print(type(e).__name__, repr(e), e.args, "[" + str(e) + "]")
try:
    raise ValueError()
except ValueError as e:
    print(type(e).__name__, repr(e), e.args, "[" + str(e) + "]")
