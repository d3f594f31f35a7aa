# Text reading translates '\r\n' and '\r' to '\n' by default; newline='' keeps them.
# file: keep.txt
#| k
import sys
path = sys.path[0] + "/nl.txt"
with open(path, "wb") as f:
    f.write(b"unix\nwin\r\nmac\rlast")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
with open(path) as f:
    print(repr(f.read()))
