# truncate() on files: at the position or to a size; the position stays.
# file: t.txt
#| abcdefghij
import sys
path = sys.path[0] + "/t.txt"
with open(path, "r+") as f:
    f.seek(4)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, "rb+") as f:
    print(f.truncate(2), f.tell(), f.read())
    print(f.truncate(8))
    f.seek(0)
    print(f.read())
