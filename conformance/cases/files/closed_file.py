# Operations on a closed file raise ValueError with each class's own wording.
# file: c.txt
#| c
import sys
path = sys.path[0] + "/c.txt"
for mode in ["r", "rb", "wb", "a"]:
    f = open(path, mode)
    f.close()
    f.close()
    print(mode, f.closed)
    for name, args in [("read", ()), ("readline", ()), ("write", ("x" if "b" not in mode else b"x",)),
                       ("seek", (0,)), ("tell", ()), ("flush", ()), ("readable", ()),
                       ("writable", ()), ("__next__", ()), ("__enter__", ())]:
        try:
            print(" ", name, getattr(f, name)(*args))
        except (ValueError, OSError) as e:
            print(" ", name, type(e).__name__, e)
