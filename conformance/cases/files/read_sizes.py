# read(n) counts characters in text mode and bytes in binary mode.
# file: u.txt
#| héllo wörld ✓
import sys
path = sys.path[0] + "/u.txt"
with open(path, encoding="utf-8") as f:
    print(repr(f.read(2)), repr(f.read(5)), repr(f.read(-1)), repr(f.read()))
with open(path, "rb") as f:
    print(f.read(2), f.read(5), len(f.read()))
with open(path) as f:
    for bad in ["3", 1.5]:
        try:
            f.read(bad)
        except TypeError as e:
            print(e)
    print(repr(f.read(None)))
with open(path, "rb") as f:
    try:
        f.read(-2)
    except ValueError as e:
        print(e)
