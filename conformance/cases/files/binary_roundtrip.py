# Binary files: bytes written and read back exactly, every byte value.
# file: keep.txt
#| k
import sys
path = sys.path[0] + "/bin.dat"
data = bytes(range(256)) * 3
with open(path, "wb") as f:
    print(f.write(data), f.write(bytearray(b"\r\n\x00")), f.write(memoryview(b"end")))
with open(path, "rb") as f:
    back = f.read()
print(len(back), back == data + b"\r\n\x00end", back[-6:])
with open(path, "rb") as f:
    print(f.read(3), f.read(0), f.tell(), f.read1(2))
    f.seek(-3, 2)
    print(f.read(), f.read())
