# write() to a text file takes str only; to a binary file a bytes-like only.
# file: keep.txt
#| k
import sys
d = sys.path[0]
with open(d + "/t.txt", "w") as f:
    for bad in [b"x", 5, None]:
        try:
            f.write(bad)
        except TypeError as e:
            print(e)
with open(d + "/b.bin", "wb") as f:
    for bad in ["x", 5, None]:
        try:
            f.write(bad)
        except TypeError as e:
            print(e)
