# BytesIO.seek and truncate: relative seeks allowed, clamped at 0; CPython's messages.
import io
b = io.BytesIO(b"0123456789")
print(b.seek(3), b.seek(2, 1), b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.seek(50), b.read(), b.tell())
for args in [(-1,), (0, 3), ("x",)]:
    try:
        b.seek(*args)
    except Exception as e:
        print(type(e).__name__, e)
b.seek(4)
print(b.truncate(), b.getvalue(), b.tell())
print(b.truncate(2), b.getvalue(), b.tell())
try:
    b.truncate(-2)
except ValueError as e:
    print(e)
