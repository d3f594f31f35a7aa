# Files larger than the buffer: written in pieces, read whole and by lines.
# file: keep.txt
#| k
import sys
path = sys.path[0] + "/big.txt"
with open(path, "w") as f:
    for i in range(3000):
        f.write("line %d %s\n" % (i, "x" * (i % 17)))
with open(path) as f:
    text = f.read()
print(len(text), text.count("\n"), text[-12:])
with open(path) as f:
    n = 0
    total = 0
    for line in f:
        n += 1
        total += len(line)
print(n, total)
with open(path, "rb") as f:
    f.seek(20000)
    print(f.readline(), f.tell())
