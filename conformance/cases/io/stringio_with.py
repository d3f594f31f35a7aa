# StringIO as a context manager: __enter__ gives itself, leaving closes it.
import io
with io.StringIO("data") as s:
    print(s.read(), s.closed)
print(s.closed)
try:
    with s:
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    with io.StringIO() as t:
        t.write("x")
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e, t.closed)
