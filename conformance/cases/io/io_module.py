# The io module's names: constants, types and open.
import io
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open)
for t in [io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter,
          io.BufferedRandom, io.TextIOWrapper]:
    print(t, t.__name__, t.__module__)
print(io.UnsupportedOperation, io.UnsupportedOperation.__bases__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    raise io.UnsupportedOperation("nope")
except ValueError as e:
    print(type(e).__name__, e)
import builtins
print(hasattr(builtins, "UnsupportedOperation"), hasattr(builtins, "open"))
