# StringIO newline argument: translation on write and line splitting on read.
import io
text = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write(text)
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO(text, newline=None)
print(repr(s.getvalue()), s.newlines)
for bad in ["x", 5]:
    try:
        io.StringIO(newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
