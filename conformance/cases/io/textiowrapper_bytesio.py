# TextIOWrapper over a BytesIO: encodes on write, decodes on read.
import io
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.write("héllo\nwörld\n"), t.encoding)
t.flush()
print(raw.getvalue())
t.seek(0)
print(t.readlines())
t2 = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc"), newline=None)
print(t2.read(), t2.newlines)
t3 = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="latin-1")
print(t3.read())
try:
    io.TextIOWrapper(io.BytesIO(b"x"), encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
