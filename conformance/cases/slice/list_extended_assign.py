# Extended-slice assignment needs exactly as many items as the slice selects.
a = list(range(10))
a[::2] = "abcde"
print(a)
a[1::2] = [x * 10 for x in range(5)]
print(a)
a[::-3] = ["p", "q", "r", "s"]
print(a)
a[8:2:-2] = (True, False, None)
print(a)
a[::-1] = range(10)
print(a)
a[5:5:2] = []
print(a)
a[20::2] = ()
print(a)
for sl, vals in [(slice(None, None, 2), [1, 2]), (slice(1, None, 3), []), (slice(None, None, -1), [1]),
                 (slice(0, 4, 2), "xyz"), (slice(5, 5, -1), [1]), (slice(None, None, 20), [1, 2])]:
    b = list(range(10))
    try:
        b[sl] = vals
        print(b)
    except ValueError as e:
        print(type(e).__name__, e)
c = [1, 2, 3, 4]
c[::2] = c[1::2]
print(c)
c[::-1] = c
print(c)
d = [1, 2, 3]
d[::1] = [9]
print(d)
d[:5:1] = []
print(d)
