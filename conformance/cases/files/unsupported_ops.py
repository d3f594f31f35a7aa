# Reading a write-only file or writing a read-only one raises io.UnsupportedOperation.
# file: u.txt
#| u
import io
import sys
path = sys.path[0] + "/u.txt"
with open(path) as f:
    print(f.readable(), f.writable(), f.seekable())
    for call in [lambda: f.write("x"), lambda: f.writelines(["x"]), lambda: f.truncate()]:
        try:
            call()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
with open(path, "a") as f:
    print(f.readable(), f.writable())
    for call in [lambda: f.read(), lambda: f.readline(), lambda: next(f)]:
        try:
            call()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
with open(path, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open(path, "wb") as f:
    for call in [lambda: f.read(), lambda: f.readline()]:
        try:
            call()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
