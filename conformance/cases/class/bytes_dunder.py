# bytes() uses __bytes__ when defined, else __index__ for a size or iteration for byte values.
class B:
    def __bytes__(self):
        return b"custom"
class Idx:
    def __index__(self):
        return 3
class It:
    def __iter__(self):
        return iter([65, 66])
class BadBytes:
    def __bytes__(self):
        return "not bytes"
print(bytes(B()), bytes(Idx()), bytes(It()), bytearray(It()), bytearray(Idx()))
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class Nothing:
    pass
try:
    bytes(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
class BytesSub(bytes):
    def __bytes__(self):
        return b"overridden"
print(bytes(BytesSub(b"raw")), BytesSub(b"raw"), type(BytesSub(b"x") + b"y").__name__)
try:
    bytes(It(), "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(B()) + b"!", len(bytes(Idx())), list(bytes(It())))
