# Writing through memoryviews sliced with a step lands in the bytearray underneath.
ba = bytearray(b'abcdefgh')
m = memoryview(ba)
s = m[::2]
s[0] = 65
s[-1] = 71
s[1:3] = b'XY'
print(ba, s.tolist())
s[::2] = b'12'
print(ba)
s[::-1] = s.tobytes()
print(ba)
s2 = m[1::3]
s2[:] = memoryview(b'QRS')
print(ba, s2.tobytes())
s2[::-1] = memoryview(b'abcdef')[::2]
print(ba)
m[::-1][0] = 33
print(ba)
class Index:
    def __index__(self):
        return 1
s[Index()] = Index()
print(ba, s[(2,)])
def attempt(f):
    try:
        f()
        print('ok', ba)
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: s.__setitem__(slice(None, None, 2), b'xyz'))
attempt(lambda: s.__setitem__(slice(1, 3), [1, 2]))
attempt(lambda: s.__setitem__(slice(1, 3), 'ab'))
attempt(lambda: s.__setitem__(slice(1, 3), 5))
attempt(lambda: s.__delitem__(0))
attempt(lambda: s.__delitem__(slice(0, 1)))
attempt(lambda: s.__setitem__(4, 1))
attempt(lambda: s.__setitem__(-5, 1))
attempt(lambda: s.__getitem__(4))
attempt(lambda: s.__getitem__('a'))
attempt(lambda: s.__getitem__(2**70))
attempt(lambda: s.__getitem__((0, 1)))
attempt(lambda: s.__getitem__(slice(0, 2, 0)))
attempt(lambda: s.__setitem__(0, b'a'))
attempt(lambda: s.__setitem__(0, -1))
attempt(lambda: s.__setitem__(0, 256))
attempt(lambda: s.__setitem__(0, 1.0))
attempt(lambda: s.__setitem__(0, True))
attempt(lambda: hash(s))
ro = memoryview(b'abcdef')[::-2]
print(ro.tobytes(), ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
