# __setitem__ and __delitem__, including slice keys and augmented item assignment.
class Store:
    def __init__(self):
        self.d = {}
        self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return self.d[k]
    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
        if not isinstance(k, slice):
            self.d[k] = v
    def __delitem__(self, k):
        self.log.append(('del', k))
        del self.d[k]
s = Store()
s['a'] = 1
s['a'] += 10
s[1:2] = 'x'
del s['a']
for entry in s.log:
    print(entry)
try:
    del s['missing']
except KeyError as e:
    print(type(e).__name__, e)
class ReadOnly:
    def __getitem__(self, k):
        return k
r = ReadOnly()
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
