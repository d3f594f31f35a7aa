# requires: bigint
print(2 ** 100)
print(3 ** 50)
print((-3) ** 41)
print(10 ** 30)
print(7 ** 77)
x = 2 ** 200
print(x // 2 ** 199)
print(len(str(9 ** 300)))
