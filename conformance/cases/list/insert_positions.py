# insert clamps any index, however large or negative, to the list's ends.
# requires: bigint
a = [1, 2, 3]
a.insert(0, "a")
a.insert(-1, "b")
a.insert(100, "c")
a.insert(-100, "d")
a.insert(len(a), "e")
a.insert(-len(a), "f")
print(a)
b = []
b.insert(5, 1)
b.insert(-5, 0)
for big in [2**100, -2**100, 2**63]:
    try:
        b.insert(big, 2)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
b.insert(2**62, 2)
b.insert(-2**62, -1)
print(b)
c = [1, 2]
c.insert(1, c)
print(c)
c.insert(True, False)
print(c)
d = list(range(4))
for i in range(-6, 7):
    e = d[:]
    e.insert(i, "X")
    print(i, e)
class I:
    def __index__(self):
        return 1
c.insert(I(), "idx")
print(c, len(c))
