# __getitem__/__setitem__/__delitem__ receive slice objects, tuples and Ellipsis as keys.
class Rec:
    def __init__(self):
        self.log = []
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("key", key)
    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
    def __delitem__(self, key):
        self.log.append(("del", key))
r = Rec()
print(r[1])
print(r[1:2])
print(r[:])
print(r[::3])
print(r[-1:None:-1])
print(r[1, 2])
print(r[1:2, 3])
print(r[...])
print(r["a":"b"])
print(r[()])
r[0:5] = "x"
r[1, 2] = "y"
r[::] = "z"
del r[3:]
del r[0, ...]
for entry in r.log:
    print(entry)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s == slice(1, 10, 2))
print(slice(5).start, slice(5).stop, slice(None).step)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4))
