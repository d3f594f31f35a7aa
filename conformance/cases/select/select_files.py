# select.select over files in the case's folder, mixed with an int descriptor
# file: seed.txt
#| seed
import select
import sys

path = sys.path[0] + "/select_files.txt"
with open(path, "w") as f:
    f.write("data")
f = open(path, "rb")
w = open(path, "a")
r, wr, x = select.select([f], [w, 1], [f], 0)
print(len(r), r[0] is f, len(wr), wr[0] is w, wr[1], x)
print(f.read())
r, wr, x = select.select([f, f], [], [], 0.01)
print(len(r), all(o is f for o in r))
f.close()
w.close()
