# requires: bigint
x = 3 ** 200
s = str(x)
print(len(s))
print(int(s) == x)
print(s[:10], s[-10:])
y = -x
print(int(str(y)) == y)
print(str(10 ** 50))
