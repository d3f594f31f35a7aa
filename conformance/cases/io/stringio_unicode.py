# StringIO positions count characters, not bytes.
import io
s = io.StringIO("héllo wörld ✓ 𝄞!")
print(repr(s.read(2)), s.tell())
print(repr(s.read(10)), s.tell())
print(repr(s.read()), s.tell())
s.seek(1)
s.write("EE")
print(repr(s.getvalue()), s.tell())
s.truncate(4)
print(repr(s.getvalue()), len(s.getvalue()))
