# Binary readline, readlines and iteration keep b'\r' and b'\r\n' as they are.
# file: lines.txt
#| one
#| two
#| three
import sys
path = sys.path[0] + "/crlf.bin"
with open(path, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(path, "rb") as f:
    print(f.readline(), f.readline(1), f.readline(), f.readline(), f.readline())
with open(path, "rb") as f:
    print(f.readlines())
with open(sys.path[0] + "/lines.txt", "rb") as f:
    print(list(f))
