# 'r+' and 'w+': reading and writing the same file, seeking between.
# file: p.txt
#| 0123456789
import sys
path = sys.path[0] + "/p.txt"
with open(path, "r+") as f:
    print(repr(f.read(3)))
    f.seek(5)
    f.write("AB")
    f.seek(0)
    print(repr(f.read()))
with open(path, "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(repr(f.read(5)), f.tell())
with open(path, "rb+") as f:
    f.seek(6)
    f.write(b"W")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
print(repr(open(path).read()))
