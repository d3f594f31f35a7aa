# BytesIO.write: overwrites at the position, pads with zero bytes past the end.
import io
b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" you")), b.getvalue(), b.tell())
b.seek(1)
print(b.write(b"EL"), b.getvalue())
b.seek(12)
print(b.write(memoryview(b"!")), b.getvalue())
b.writelines([b"x", b"yz"])
print(b.getvalue(), b.tell())
for bad in ["text", 5, [1]]:
    try:
        b.write(bad)
    except TypeError as e:
        print(e)
