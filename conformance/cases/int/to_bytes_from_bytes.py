# int.to_bytes and int.from_bytes with byte orders, signedness, defaults and overflow errors.
# requires: bigint
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((255).to_bytes(1, "big"), (-1).to_bytes(2, "big", signed=True))
print((-129).to_bytes(2, "little", signed=True), (2 ** 64).to_bytes(9, "big"))
print((65).to_bytes(), (5).to_bytes(3))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"\x01" * 10, "big"), int.from_bytes(b"\x2a"))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: (256).to_bytes(1, "big"))
show(lambda: (-1).to_bytes(1, "big"))
show(lambda: (128).to_bytes(1, "big", signed=True))
show(lambda: (-128).to_bytes(1, "big", signed=True))
show(lambda: (1).to_bytes(1, "middle"))
show(lambda: (1).to_bytes(-1, "big"))
show(lambda: int.from_bytes("ab", "big"))
show(lambda: (0).to_bytes(0, "little", signed=True))
show(lambda: (1).to_bytes(0, "big"))
n = 2 ** 100 - 12345
print(int.from_bytes(n.to_bytes(13, "little"), "little") == n)
print(int.from_bytes((-n).to_bytes(13, "big", signed=True), "big", signed=True) == -n)
