# requires: bigint
big = 2 ** 70
for i in range(big, big + 3):
    print(i)
for i in range(-big, -big - 6, -2):
    print(i)
print(len(range(big - 5, big)))
