# Augmented assignment to a slice reads the slice, combines, then assigns it back.
a = [1, 2, 3, 4, 5]
a[1:3] += [9, 9]
print(a)
a[:2] *= 2
print(a)
a[-1:] += "xy"
print(a)
a[::2] += []
print(a)
try:
    a[::2] += [0]
except ValueError as e:
    print(type(e).__name__, e)
print(a)
s = "hello"
s = s[:1].upper() + s[1:]
print(s)
t = (1, 2, 3)
t += t[::-1]
print(t)
b = [[0], [1]]
c = b[:]
c[0] += [5]
print(b, c)
class Log(list):
    def __getitem__(self, k):
        print("get", k)
        return list.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("set", k, v)
        list.__setitem__(self, k, v)
d = Log([1, 2, 3])
d[0:2] += [7]
print(d)
d[::2] *= 1
print(d)
