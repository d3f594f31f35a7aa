# Tuple slicing returns tuples, including empty and one-element ones, for any bounds and steps.
t = (10, 20, 30, 40, 50)
print(t[1:3], t[3:1], t[:1], t[-1:], t[::-1], t[::2], t[1::2], t[::-2], t[-2::-2])
print(t[:-1], t[-100:100], t[100:], t[:-100], t[4:0:-1], t[4:-6:-1], t[0:0])
print(type(t[1:2]).__name__, type(t[5:]).__name__, len(t[::3]), t[::3])
print(t[1:4:2] == (20, 40), t[::] == t, t[:] + t[:0])
n = ((1, 2), (3, 4), (5, 6))
print(n[1:][0][1:], n[::-1][0], n[::2][1][::-1])
for st in [None, 1, -1, 2, -2]:
    print(st, [t[i:j:st] for i in (None, -2, 1) for j in (None, 3, -5)])
e = ()
print(e[:], e[1:], e[::-1], e[-5:5:2])
print((1,)[::-1], (1,)[1:], (1,)[-1:])
print(t[True:], t[:False], t[::True])
