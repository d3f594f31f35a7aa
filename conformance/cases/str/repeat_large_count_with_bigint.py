# requires: bigint
print(repr("ab" * (2 ** 70 - 2 ** 70)))
print(repr("ab" * (2 ** 64 - 2 ** 64 - 1)))
print(len("x" * (2 ** 100 // 2 ** 97)))
