# The reprs of file objects name the file, mode and encoding as CPython's do.
# file: r.txt
#| r
import sys
d = sys.path[0]
for args in [("r",), ("rb",), ("wb",), ("r+b",), ("rb", 0), ("a", -1)]:
    f = open(d + "/r.txt", *args)
    print(repr(f).replace(d, "<dir>"))
    f.close()
f = open(d + "/r.txt", encoding="utf-8")
print(repr(f).replace(d, "<dir>"))
f.close()
print(repr(f).replace(d, "<dir>"))
f = open(d + "/r.txt", "rb", buffering=0)
f.close()
print(repr(f))
