# readline(size) and readlines(hint) limits.
import io
s = io.StringIO("abcdef\ngh\nijkl\n")
print(repr(s.readline(3)), repr(s.readline(3)), repr(s.readline(10)), repr(s.readline(0)))
s.seek(0)
print(s.readlines(1))
print(s.readlines(4))
print(s.readlines(0))
s.seek(0)
print(s.readlines(-1), s.readlines())
