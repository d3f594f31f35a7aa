# StringIO argument checks, with CPython's messages.
import io
for make in [lambda: io.StringIO(5), lambda: io.StringIO(b"x"), lambda: io.StringIO("a", "\n", 1),
             lambda: io.StringIO(initial_value="kw"), lambda: io.StringIO(foo=1)]:
    try:
        s = make()
        print(repr(s.getvalue()))
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO("abc\ndef")
for call in [lambda: s.write(5), lambda: s.write(b"x"), lambda: s.read("2"), lambda: s.read(None),
             lambda: s.readline(None), lambda: s.readline(-5), lambda: s.read(1.0)]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
