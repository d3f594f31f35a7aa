# OSError subclasses with CPython's message form and their errno, strerror, filename.
# file: here.txt
#| here
import sys
d = sys.path[0]
for path, mode in [(d + "/missing.txt", "r"), (d + "/no/dir/x.txt", "w"), (d, "r"),
                   (d, "w"), (d + "/here.txt", "x")]:
    try:
        open(path, mode)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == path)
        print(str(e).replace(d, "<dir>"))
