# seek and tell on a binary file: relative and end seeks, past the end, negative.
# file: s.bin
#| 0123456789
import sys
with open(sys.path[0] + "/s.bin", "rb") as f:
    print(f.seek(2), f.read(2), f.tell())
    print(f.seek(3, 1), f.read(1), f.seek(-4, 2), f.read())
    print(f.seek(100), f.read(), f.tell())
    for args in [(-1,), (0, 7), (1.5,)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(type(e).__name__, e)
    print(f.seekable(), f.readable(), f.writable())
