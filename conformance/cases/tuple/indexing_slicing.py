t = (0, 1, 2, 3, 4, 5)
print(t[0], t[-1])
print(t[1:4])
print(t[::-1])
print(t[::2])
print(t[4:1:-1])
print(t[10:])
print(t[:0])
print(t[-2:])
try:
    print(t[6])
except IndexError as e:
    print(type(e).__name__, e)
