# BytesIO: initial bytes, read, readline, readlines, getvalue, iteration.
import io
b = io.BytesIO(b"first\nsecond\nthird")
print(b.read(3), b.readline(), b.tell())
print(b.readlines())
print(b.read(), b.getvalue())
b.seek(0)
print(list(b))
print(io.BytesIO(bytearray(b"ba")).read(), io.BytesIO(memoryview(b"mv")).getvalue())
print(io.BytesIO().getvalue(), io.BytesIO(None).read())
b = io.BytesIO(b"abcdef")
print(b.read(-1), b.read(2), b.read(None))
b.seek(0)
print(b.read1(2), b.read1())
