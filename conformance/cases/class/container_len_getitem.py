# __len__ and __getitem__ with ints and slices (slice objects passed through unchanged).
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        if key < 0:
            key += len(self.data)
        if not 0 <= key < len(self.data):
            raise IndexError('Seq index out of range')
        return self.data[key]
s = Seq('hello')
print(len(s), s[0], s[-1], s[1:3], s[::2], s[:], s[1:])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
class Mapping:
    def __getitem__(self, key):
        return ('key', key)
m = Mapping()
print(m['a'], m[1, 2], m[1:2, 3], m[...])
try:
    len(m)
except TypeError as e:
    print(type(e).__name__, e)
