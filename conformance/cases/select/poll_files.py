# poll on files in the case's folder: regular files are always ready to read and write
# file: seed.txt
#| seed
import select
import sys

path = sys.path[0] + "/poll_files.txt"
with open(path, "w") as f:
    f.write("one\ntwo\n")


def who(x, f):
    return "f" if x is f or (isinstance(x, int) and x == f.fileno()) else repr(x)


f = open(path)
g = open(path, "ab")
p = select.poll()
p.register(f, select.POLLIN)
p.register(g, select.POLLOUT)
for obj, ev in p.poll(0):
    print(who(obj, f) if obj is not g and not (isinstance(obj, int) and obj == g.fileno()) else "g", ev)
print(f.readline(), end="")
print([who(x, f) for x in select.select([f], [], [], 0)[0]])
p.unregister(f)
print(len(p.poll(0)))
f.close()
g.close()
try:
    p.register(f)
except Exception as e:
    print(type(e).__name__, e)
try:
    select.select([f], [], [], 0)
except Exception as e:
    print(type(e).__name__, e)
