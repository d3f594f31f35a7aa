# Flag combinations CPython refuses, and flags of the wrong type.
import re
for p, f in [("a", re.L), (b"a", re.U), (b"a", re.A | re.L), ("a", re.A | re.U), ("(?a)a", re.U), (b"(?u)a", 0),
             ("(?L)a", 0), (b"(?L)a", re.A), ("(?a)x", 0), ("(?u)x", 0), (b"(?a)x", 0), ("a", 1024)]:
    try:
        c = re.compile(p, f)
        print(repr(p), int(f), "ok", c, c.flags)
    except re.error as e:
        print(repr(p), int(f), "error", e)
    except ValueError as e:
        print(repr(p), int(f), "ValueError", e)
for f in ["x", 1.5, None]:
    try:
        re.compile("a", f)
    except TypeError as e:
        print("TypeError", e)
