# requires: bigint
print(repr(0), str(0))
print(repr(-17), str(-17))
print(repr(2 ** 70), str(-(2 ** 70)))
print(repr(0x10), repr(0o17), repr(0b11))
print(1_000)
print(0xFFFFFFFFFFFFFFFFFF)
print(type(1))
print(type(2 ** 100))
