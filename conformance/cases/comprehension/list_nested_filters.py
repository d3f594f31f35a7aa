# A comprehension runs in its own scope, takes its first iterable from the enclosing one.
print([i * i for i in range(6) if i % 2])
print([(x, y) for x in range(3) for y in "ab" if x != 1])
print([[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in range(3)], x)
n = 10
print([n + i for i in range(3)])
