# requires: bigint
x = 5
print(-x, +x, ~x)
print(- -x)
print(-(-x))
print(~~x)
print(-0)
y = 2 ** 80
print(-y, +y, ~y)
print(--y)
