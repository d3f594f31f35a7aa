# requires: bigint
n = 2 ** 64 + 3
steps = 0
while n > 2 ** 64 - 3:
    n -= 1
    steps += 1
print(n, steps)
