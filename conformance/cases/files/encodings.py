# Text files in UTF-8, ASCII and Latin-1; decoding errors as CPython reports them.
# file: keep.txt
#| k
import sys
d = sys.path[0]
with open(d + "/l1.txt", "w", encoding="latin-1") as f:
    f.write("café ÿ")
with open(d + "/l1.txt", "rb") as f:
    print(f.read())
with open(d + "/l1.txt", encoding="latin-1") as f:
    print(f.read())
try:
    with open(d + "/l1.txt", encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__)
with open(d + "/l1.txt", encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
try:
    with open(d + "/a.txt", "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print(type(e).__name__)
with open(d + "/u.txt", "w", encoding="UTF8") as f:
    print(f.encoding, f.write("✓ ok"))
print(open(d + "/u.txt", "rb").read())
