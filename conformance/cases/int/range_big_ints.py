# range objects with big-int bounds support len, indexing, containment, slicing and reversal.
# requires: bigint
r = range(2 ** 64, 2 ** 64 + 10, 3)
print(len(r), r[0], r[-1], list(r), 2 ** 64 + 3 in r, 2 ** 64 + 4 in r)
big = range(0, 2 ** 100, 2 ** 90)
print(len(big), big[5], big[-1] == 2 ** 100 - 2 ** 90, big.index(2 ** 92))
print(big[2:5], big[::512], big[::-512])
print(list(reversed(range(-(2 ** 70), -(2 ** 70) + 3))))
huge = range(10 ** 30)
print(huge[10 ** 29], 10 ** 29 in huge, -1 in huge, huge.count(5))
try:
    len(huge)
except OverflowError as e:
    print(type(e).__name__, e)
print(huge[-1], huge[::10 ** 29][3], bool(huge), range(5, 2 ** 70)[-2])
print(range(2 ** 64) == range(0, 2 ** 64, 1), hash(range(3)) == hash(range(0, 3)))
