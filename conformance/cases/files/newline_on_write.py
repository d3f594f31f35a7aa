# newline= on writing: '\n' becomes '\r' or '\r\n' when asked; None and '' keep it.
# file: keep.txt
#| k
import sys
path = sys.path[0] + "/w.txt"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=nl) as f:
        print(f.write("a\nb\n"), end=" ")
    with open(path, "rb") as f:
        print(repr(nl), f.read())
