# Negative steps: default start is the end, default stop is before the start, bounds clamp.
a = list(range(6))
print(a[::-1], a[5::-1], a[6::-1], a[100::-1], a[-1::-1], a[-6::-1], a[-7::-1])
print(a[:0:-1], a[:-6:-1], a[:-7:-1], a[:-100:-1], a[:5:-1], a[:6:-1], a[:-1:-1])
print(a[4:1:-1], a[4:-5:-1], a[-2:1:-1], a[1:4:-1], a[3:3:-1])
print(a[::-2], a[4::-2], a[-1:0:-2], a[:0:-3], a[::-5], a[::-6], a[::-7])
s = "0123456789"
for st in [-1, -2, -3, -4, -9, -10, -11]:
    print(st, s[::st], s[8::st], s[:2:st], s[-3:-8:st], s[7:7:st] == "")
print(a[len(a) - 1:-len(a) - 1:-1] == a[::-1], s[-1:-11:-1] == s[::-1])
r = range(6)
print(list(r[::-1]), list(r[4:1:-1]), list(r[:0:-1]), list(r[-7::-1]))
print(tuple(a)[::-3], "ab"[::-1], "a"[::-1], ""[::-1] == "")
