# seek and tell on a text file: tell gives a position to seek back to; CPython's limits.
# file: s.txt
#| line one
#| line two
#| line three
import io
import sys
with open(sys.path[0] + "/s.txt") as f:
    print(f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()))
    print(f.seek(pos), repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.read(4)), f.seek(0, 1))
    for args in [(1, 1), (-1, 2), (-3,), (0, 5), ("x",)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(type(e).__name__, e)
