# Slicing a list/str/tuple subclass returns the base type unless __getitem__ is overridden.
class L(list):
    pass
class S(str):
    pass
class T(tuple):
    pass
l, s, t = L([1, 2, 3]), S("abc"), T((1, 2, 3))
print(type(l[:]).__name__, type(s[1:]).__name__, type(t[::-1]).__name__)
print(l[::-1], s[::-1], t[1:], type(l[0:0]).__name__)
print(type(l + l).__name__, type(s * 2).__name__, type(t + t).__name__)
class Rev(list):
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Rev(list.__getitem__(self, k))
        return list.__getitem__(self, k)
r = Rev([5, 6, 7, 8])
print(type(r[1:]).__name__, r[1:][::2], type(r[::2][::-1]).__name__, r[0])
class NoSlice:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
n = NoSlice()
print(list(n), 10 in n)
try:
    print(n[1:2])
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    print(Plain()[1:2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain()[1:2] = []
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Plain()[:]
except TypeError as e:
    print(type(e).__name__, e)
