a = [10, 20, 30, 40]
print(a[0], a[3])
print(a[-1], a[-4])
print(a[True])
try:
    print(a[4])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(a[-5])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print([][0])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(a["0"])
except TypeError as e:
    print(type(e).__name__, e)
