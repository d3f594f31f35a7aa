# List repetition copies references; *= and += mutate in place and keep identity.
# requires: bigint
rows = [[0]] * 3
rows[0].append(1)
print(rows, rows[0] is rows[2])
rows = [[0] for _ in range(3)]
rows[0].append(1)
print(rows)
a = [1, 2]
b = a
a *= 2
print(a, b, a is b)
a += [3]
print(b, a is b)
a = a + [4]
print(b, a is b)
print([1] * 0, [1] * -5, 0 * [1], [] * 100, [None] * 3, 2 * [1, 2])
c = [1, 2]
c *= 0
print(c)
c = [7]
c *= -1
print(c)
for n in [True, False]:
    print([5] * n)
try:
    [1] * (2**100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    [] * (2**100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
class N:
    def __index__(self):
        return 2
print([0] * N(), N() * ["x"])
