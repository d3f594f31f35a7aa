# Slicing a range returns another range whose start, stop and step CPython computes exactly.
r = range(0, 20, 3)
print(r[::-1], r[1:4], r[::2], r[-2:], r[:-2], r[5:1:-1], r[100:], r[::-3])
print(list(r[::-1]), list(r[5:1:-2]))
print(range(10)[::-1], range(10)[3:7:2], range(10)[-1:-11:-1], range(10)[9:-1:-1])
print(range(10, 0, -1)[::2], range(10, 0, -1)[::-1], range(10, 0, -2)[1:3])
print(range(5)[10:20], range(5)[-20:-10], range(0)[::-1], range(5)[3:1])
print(range(-5, 5)[::3], range(-5, 5)[-3:], range(1, 2)[::-1])
print(range(0, 100, 7)[2:9:3], len(range(0, 100, 7)[2:9:3]), list(range(0, 100, 7)[2:9:3]))
print(range(10)[::-1][::-1] == range(10), range(10)[::2] == range(0, 10, 2))
print(range(3)[:], range(3)[0:3:1], range(2, 8, 2)[-1:0:-1])
for st in [1, 2, -1, -4]:
    print(st, [range(1, 11)[i::st] for i in (None, 0, -1, 4)])
try:
    print(range(5)[::0])
except ValueError as e:
    print(type(e).__name__, e)
