# Ranges index and slice in wide integers: big bounds, big indices, big steps, every clamp.
r = range(3, 50, 4)
for s in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(10, 1, -3), slice(100, -100, -7), slice(-100, 100, 5), slice(None, None, 2**70), slice(2**70, None, -1)]:
    print(s, r[s], list(r[s]) == list(r)[s])
print(range(10**30)[10**29], range(10**30)[-1], range(-5, 5)[-10])
try:
    range(5)[2**100]
except IndexError as e:
    print("IndexError", e)
try:
    range(5)[::0]
except ValueError as e:
    print("ValueError", e)
big = range(0, 2**100, 3)
print(big[2**90: 2**91: 2**10], big[-1], big[::-1][0] == big[-1])
