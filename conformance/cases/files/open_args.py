# open()'s argument checks: types of file, mode, encoding; binary-mode limits.
# file: a.txt
#| a
import sys
path = sys.path[0] + "/a.txt"
cases = [
    lambda: open(path, 5),
    lambda: open([]),
    lambda: open(None),
    lambda: open(path, encoding=5),
    lambda: open(path, errors=1),
    lambda: open(path, newline=2),
    lambda: open(path, "rb", encoding="utf-8"),
    lambda: open(path, "rb", errors="strict"),
    lambda: open(path, "rb", newline=""),
    lambda: open(path, newline="x"),
    lambda: open(path, encoding="no-such-codec"),
    lambda: open(path, closefd=False),
    lambda: open(path, buffering="a"),
    lambda: open(path, "r", 0),
    lambda: open(),
    lambda: open(path, bogus=1),
]
for c in cases:
    try:
        f = c()
        print("opened", f.closed)
        f.close()
    except Exception as e:
        print(type(e).__name__, e)
