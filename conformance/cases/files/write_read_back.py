# A text file written, closed, and read back whole, by lines and by iteration.
# file: keep.txt
#| kept
import sys
path = sys.path[0] + "/out.txt"
f = open(path, "w")
print(f.write("first line\n"), f.write("second\nthird"), f.closed)
f.close()
print(f.closed)
f = open(path)
print(repr(f.read()))
f.close()
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for n, line in enumerate(f):
        print(n, repr(line))
