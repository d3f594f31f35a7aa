# writelines writes each item; flush makes the bytes visible to another reader.
# file: keep.txt
#| k
import sys
path = sys.path[0] + "/wl.txt"
f = open(path, "w")
print(f.writelines(["a\n", "b", "c\n"]), f.writelines(x for x in ["d", "e"]))
f.flush()
print(repr(open(path).read()))
f.write("more")
f.close()
print(repr(open(path).read()))
try:
    open(path, "w").writelines([1])
except TypeError as e:
    print(e)
