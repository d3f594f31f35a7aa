# Checks slice assignment that grows, shrinks, inserts and replaces list contents.
def f():
    return list(range(6))
l = f(); l[1:3] = ["a", "b", "c", "d"]; print(l)
l = f(); l[1:5] = []; print(l)
l = f(); l[2:2] = "xy"; print(l)
l = f(); l[:0] = [-1]; print(l)
l = f(); l[len(l):] = [6, 7]; print(l)
l = f(); l[:] = (9,); print(l)
l = f(); l[4:1] = ["z"]; print(l)
l = f(); l[-2:] = range(3); print(l)
l = f(); l[100:200] = [1]; print(l)
l = f(); l[-100:1] = [1]; print(l)
l = f(); l[1:3] = l; print(l)
l = f(); l[slice(0, 2)] = "ab"; print(l)
try:
    l = f()
    l[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[1:2] = None
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
ba[1:4] = b"ipp"
print(ba)
ba[0:1] = b"HH"
print(ba)
