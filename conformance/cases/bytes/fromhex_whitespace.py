# bytes.fromhex skips whitespace between byte pairs.
print(bytes.fromhex('deadbeef'))
print(bytes.fromhex('de ad be ef'))
print(bytes.fromhex('  01\t02\n03  '))
print(bytes.fromhex('AbCd'))
print(bytes.fromhex(''))
print(bytes.fromhex('   '))
print(bytearray.fromhex('41 42'))
print(type(bytearray.fromhex('00')).__name__)
