# Checks assignment to stepped slices, which requires an exactly matching length.
l = list(range(8))
l[::2] = "abcd"
print(l)
l = list(range(8))
l[1::3] = [None, None, None]
print(l)
l = list(range(5))
l[::-1] = range(5)
print(l)
l = list(range(6))
l[4:0:-2] = ["p", "q"]
print(l)
for val in [[1, 2], [1, 2, 3, 4, 5]]:
    try:
        l = list(range(8))
        l[::2] = val
    except ValueError as e:
        print(type(e).__name__, e)
try:
    l[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
l = list(range(4))
l[::1] = [9]
print(l)
l = list(range(4))
l[::-1] = l
print(l)
l = []
l[::2] = []
print(l)
