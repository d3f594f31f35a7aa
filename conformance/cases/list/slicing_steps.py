a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[::2])
print(a[1::3])
print(a[::-1])
print(a[::-3])
print(a[7:2:-2])
print(a[2:7:-1])
print(a[-1:-5:-1])
print(a[50:-50:-4])
try:
    print(a[::0])
except ValueError as e:
    print(type(e).__name__, e)
