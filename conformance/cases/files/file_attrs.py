# A file's name, mode, encoding, errors, buffer and closed, and its type names.
# file: n.txt
#| n
import sys
d = sys.path[0]
with open(d + "/n.txt") as f:
    print(f.name == d + "/n.txt", f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(type(f).__name__, type(f.buffer).__name__, f.buffer.name == f.name, f.buffer.mode)
with open(d + "/n.txt", "rb") as f:
    print(type(f), f.mode)
with open(d + "/n.txt", "ab") as f:
    print(type(f), f.mode)
with open(d + "/n.txt", "r+b") as f:
    print(type(f), f.mode)
with open(d + "/n.txt", "rb", buffering=0) as f:
    print(type(f), f.mode, f.closefd)
with open(d + "/n.txt", "w", encoding="ascii", errors="replace") as f:
    print(f.encoding, f.errors, f.mode)
print(f.closed, f.buffer.closed)
