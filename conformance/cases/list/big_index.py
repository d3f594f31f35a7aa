# requires: bigint
a = [1, 2, 3]
try:
    print(a[2 ** 100])
except IndexError as e:
    print(type(e).__name__)
print(a[2 ** 100:])
print(a[-(2 ** 100):])
print(a[::2 ** 70])
