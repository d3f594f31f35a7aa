a = [1, 2, 3]
for i in [3, -4, 100, -100]:
    try:
        print(a[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    a[None]
except TypeError as e:
    print(type(e).__name__, e)
