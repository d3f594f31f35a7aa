# StringIO's other methods and attributes: readable, writable, seekable, isatty, flush, fileno.
import io
s = io.StringIO("z")
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.flush(), s.line_buffering)
print(s.closed, s.newlines, type(s).__name__, type(s).__module__)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
s.writelines(["a", "b\n", "c"])
print(repr(s.getvalue()))
try:
    s.writelines([1])
except TypeError as e:
    print(e)
print(repr(io.StringIO), hasattr(s, "getvalue"), hasattr(s, "buffer"))
