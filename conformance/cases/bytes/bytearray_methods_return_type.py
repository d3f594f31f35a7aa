# bytearray methods return bytearray, not bytes.
ba = bytearray(b' Hello World ')
for r in [ba.strip(), ba.upper(), ba.lower(), ba.replace(b'l', b'L'), ba[1:3],
          ba.split()[0], ba.center(15), ba.swapcase(), ba.title(), ba + b'!',
          ba * 2, bytearray(b',').join([b'a', b'b'])]:
    print(type(r).__name__, r)
print(type(b'x' + bytearray(b'y')).__name__)
print(type(bytes(ba)).__name__)
print(ba.find(b'W'), ba.count(b'l'), ba.startswith(b' H'))
