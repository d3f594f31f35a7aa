# print(file=...) writes to a StringIO, with sep, end and flush.
import io
out = io.StringIO()
print("a", 1, [2, 3], file=out)
print("x", "y", sep="-", end="!\n", file=out)
print(file=out)
print("flushed", file=out, flush=True)
print(repr(out.getvalue()))
print(*range(5), sep="", end="", file=out)
print(repr(out.getvalue()[-5:]))
