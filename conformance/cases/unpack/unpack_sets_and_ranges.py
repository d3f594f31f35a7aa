# Checks unpacking sets of small ints, large ranges and empty sources with stars.
a, b, c = {3, 1, 2}
print(sorted([a, b, c]))
first, *mid, last = range(100000)
print(first, len(mid), mid[:3], mid[-1], last)
*head, tail = range(5, 0, -1)
print(head, tail)
x, *y = range(-3, 3)
print(x, y)
*z, = range(0)
print(z)
p, q = range(10, 12)
print(p, q)
big = [*range(1000), *range(1000)]
print(len(big), big[999], big[1000])
s = {*range(5), *range(3, 8)}
print(sorted(s), len(s))
d = {**{i: i * i for i in range(3)}, **{i: -i for i in range(2, 5)}}
print(d)
m, n = sorted({"b", "a"})
print(m, n)
