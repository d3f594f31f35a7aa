# A closed BytesIO: ValueError with CPython's message for each method.
import io
b = io.BytesIO(b"abc")
with b:
    print(b.read(1), b.closed)
print(b.closed)
for name, args in [("read", ()), ("readline", ()), ("write", (b"x",)), ("getvalue", ()),
                   ("seek", (0,)), ("tell", ()), ("truncate", ()), ("flush", ()),
                   ("readable", ()), ("__next__", ())]:
    try:
        print(name, getattr(b, name)(*args))
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    b.fileno()
except Exception as e:
    print(type(e).__name__, e)
