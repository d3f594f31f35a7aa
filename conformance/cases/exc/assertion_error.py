try:
    raise AssertionError("failed check")
except AssertionError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print(type(e).__name__, repr(e))
