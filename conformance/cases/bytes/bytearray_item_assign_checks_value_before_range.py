# `ba[i] = v` converts the value to a byte before it checks the index against the length,
# so a bad value wins over an index out of range.
class Grow:
    """An index-like value that empties the bytearray while it is read."""
    def __init__(self, ba):
        self.ba = ba
    def __index__(self):
        self.ba.clear()
        return 1

ba = bytearray()
cases = [(0, -1), (5, 256), (5, 'x'), (-9, 300), ('i', 300), (10**30, 1), (10**30, 300), (0, 1)]
for idx, val in cases:
    try:
        ba[idx] = val
        print('stored', ba)
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
ba = bytearray(b'xyz')
try:
    ba[0] = Grow(ba)
except IndexError as e:
    print('IndexError', e, ba)
ba = bytearray(b'xyz')
ba[-3] = 65
del ba[-1]
print(ba)
try:
    del ba[2]
except IndexError as e:
    print('IndexError', e)
