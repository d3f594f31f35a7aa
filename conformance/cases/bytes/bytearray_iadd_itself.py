# `ba += ba` reads the bytearray's own buffer while growing it: a BufferError that leaves it
# unchanged (an empty one, which keeps its size, is fine). Other ways of doubling it work.
ba = bytearray(b'hello')
try:
    ba += ba
except BufferError as e:
    print('BufferError', e)
print(ba)
ba += bytes(ba)
print(ba)
other = bytearray(b'xy')
other.extend(other)
print(other)
print(other + other)
other *= 2
print(other)
empty = bytearray()
empty += empty
print(empty)
