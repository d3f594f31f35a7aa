# bytearray compares equal to bytes with the same content.
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'))
print(bytearray(b'abc') != b'abd')
print(bytearray() == b'', bytearray(b'a') < b'b')
print(bytearray(b'a') == 'a', bytearray(b'a') == [97])
print(bytearray(b'ab') == memoryview(b'ab'))
print(b'ab' in [bytearray(b'ab')])
