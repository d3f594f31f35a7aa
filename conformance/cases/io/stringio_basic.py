# StringIO: initial value, read, readline, readlines, tell, getvalue.
import io
s = io.StringIO("alpha\nbeta\ngamma")
print(repr(s.read(3)), s.tell())
print(repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()), s.tell())
print(repr(s.getvalue()))
print(repr(io.StringIO().getvalue()), repr(io.StringIO(None).read()))
