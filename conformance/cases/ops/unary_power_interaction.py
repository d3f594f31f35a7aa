# requires: float
print(-2 ** 2)
print(2 ** -2)
print(-2 ** -2)
print((-2) ** -2)
print(~2 ** 2)
print(- - 2)
print(not -1)
print(2 * -3 ** 2)
