a = [1, 2, 3]
a[0] = 100
a[-1] = "last"
print(a)
a[1] = [4, 5]
print(a)
a[1][0] = 40
print(a)
try:
    a[3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-4] = 0
except IndexError as e:
    print(type(e).__name__, e)
