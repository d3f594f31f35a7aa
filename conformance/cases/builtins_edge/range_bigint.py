# range objects whose bounds exceed 64 bits: indexing, slicing, membership, index(), len() overflow and iteration.
# requires: bigint
r = range(2 ** 70, 2 ** 70 + 3)
print(r[0] - 2 ** 70, r[1] - 2 ** 70, r[-1] - 2 ** 70, list(x - 2 ** 70 for x in r), len(r))
print(2 ** 100 in range(2 ** 101), -1 in range(2 ** 64), 2 ** 64 in range(2 ** 64), 2 ** 64 - 1 in range(2 ** 64))
print(range(10 ** 20)[-1], range(10 ** 20)[10 ** 19], range(0, 2 ** 80, 2 ** 70).index(2 ** 75))
print(range(-2 ** 65, 0, 2 ** 63)[1:3], list(range(-2 ** 65, 0, 2 ** 63)), range(2 ** 64)[::2 ** 62])
print(repr(range(2 ** 64, 2 ** 65, 2 ** 60)), range(2 ** 64) == range(0, 2 ** 64, 1), range(3 ** 50).count(3 ** 49))
big = range(2 ** 64)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(bool(big), big.stop == 2 ** 64, big[-(2 ** 64)], reversed(range(2 ** 63, 2 ** 63 + 2)).__next__() - 2 ** 63)
try:
    big[2 ** 64]
except IndexError as e:
    print("IndexError:", e)
print(len(range(2 ** 62, 2 ** 63 - 1)) == 2 ** 62 - 1, len(range(-2 ** 63, 2 ** 62, 2 ** 61)))
