# with open(...) closes the file on leaving, also when the block raises.
# file: w.txt
#| w
import sys
path = sys.path[0] + "/w.txt"
with open(path) as f:
    print(f.closed, f.__enter__() is f)
print(f.closed)
try:
    with open(path) as g:
        raise RuntimeError("inside")
except RuntimeError as e:
    print(e, g.closed)
with open(path, "w") as a, open(path + "2", "w") as b:
    a.write("A")
    b.write("B")
print(a.closed, b.closed, open(path).read(), open(path + "2").read())
print(f.__exit__(None, None, None))
