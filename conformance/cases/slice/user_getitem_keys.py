# A user __getitem__ receives slice objects, tuples of slices and Ellipsis exactly as written.
# requires: float
class Show:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
o = Show()
print(o[1:2], o[:], o[::], o[1:], o[:2], o[::3], o[1:2:3], o[::-1])
print(o[None:None], o[-1:-2], o["a":"b":"c"], o[1.5:[2]])
print(o[1:2, 3], o[:, :], o[..., 1:], o[...], o[1:2,], o[()], o[(1, 2)])
print(type(o[:]).__name__, o[::].step, o[(a := 3):a + 1])
o[1:2] = "v"
o[::2] = [1]
o[1:2, ::3] = 0
del o[:5]
del o[::-1]
del o[..., 0]
x = o[:]
print(x.start is None, x.stop is None, x.step is None)
print(o[len("ab"):len("abcd")], o[-0:], o[+1:~1])
class Sliceable:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Sliceable(self.data[key])
        return self.data[key]
    def __repr__(self):
        return "S" + repr(self.data)
z = Sliceable([1, 2, 3, 4, 5])
print(z[1:], z[::-2], z[1:][1:][0], z[::2][::-1])
