# StringIO.truncate: to the position by default, the position stays; negatives refused.
import io
s = io.StringIO("abcdefgh")
s.seek(5)
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(2), repr(s.getvalue()), s.tell())
print(s.truncate(10), repr(s.getvalue()))
s.write("Z")
print(repr(s.getvalue()))
for a in [-1, "x"]:
    try:
        s.truncate(a)
    except Exception as e:
        print(type(e).__name__, e)
print(s.truncate(None), repr(s.getvalue()))
