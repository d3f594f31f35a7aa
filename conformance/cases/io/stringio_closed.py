# Every operation on a closed StringIO raises ValueError; close() twice is fine.
import io
s = io.StringIO("x")
print(s.closed)
s.close()
s.close()
print(s.closed)
for name, args in [("read", ()), ("readline", ()), ("readlines", ()), ("write", ("a",)),
                   ("getvalue", ()), ("seek", (0,)), ("tell", ()), ("truncate", ()),
                   ("readable", ()), ("writable", ()), ("seekable", ()), ("isatty", ()),
                   ("writelines", ([],)), ("__next__", ()), ("__iter__", ()), ("__enter__", ())]:
    try:
        print(name, getattr(s, name)(*args))
    except ValueError as e:
        print(name, type(e).__name__, e)
print(s.flush())
