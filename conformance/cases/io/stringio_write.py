# StringIO.write returns the length written, overwrites at the position, and pads past the end.
import io
s = io.StringIO()
print(s.write("hello"), s.write(" world"), s.tell())
s.seek(0)
print(s.write("J"), repr(s.getvalue()), s.tell())
s.seek(3)
print(s.write("LOWORLDXX"), repr(s.getvalue()))
s.seek(20)
print(s.write("!"), repr(s.getvalue()), s.tell())
print(s.write(""), s.tell())
s = io.StringIO("abc")
print(s.write("Z"), repr(s.getvalue()))
