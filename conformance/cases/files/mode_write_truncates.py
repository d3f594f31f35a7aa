# 'w' truncates, 'a' appends, 'x' refuses an existing file, 'r+' overwrites in place.
# file: f.txt
#| original content
import sys
path = sys.path[0] + "/f.txt"
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    print(f.write("more\n"), f.tell())
with open(path) as f:
    print(repr(f.read()))
with open(path, "r+") as f:
    f.write("ORIG")
with open(path) as f:
    print(repr(f.read()))
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
with open(sys.path[0] + "/new.txt", "x") as f:
    print(f.write("fresh"), f.mode)
print(open(sys.path[0] + "/new.txt").read())
