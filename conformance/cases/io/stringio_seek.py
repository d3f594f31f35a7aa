# StringIO.seek: whence 0/1/2 and CPython's rules for text streams.
import io
s = io.StringIO("0123456789")
print(s.seek(4), s.read(2), s.seek(0, 1), s.seek(0, 2), s.tell())
for args in [(-1,), (1, 1), (2, 2), (0, 3), ("a",), (1.5,)]:
    try:
        print(s.seek(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(s.seek(100), repr(s.read()), s.tell())
