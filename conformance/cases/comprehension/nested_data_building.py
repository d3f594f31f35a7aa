# Comprehensions building nested structures: matrices, grids, inverted indexes and flattening.
n = 4
ident = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
print(ident)
mult = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(mult, mult[2][3])
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid, [cell for row in grid for cell in row])
words = ["apple", "bat", "cab", "ant"]
index = {ch: sorted({w for w in words if ch in w}) for ch in "abt"}
print(index)
tri = [[j for j in range(i + 1)] for i in range(4)]
print(tri, sum(len(r) for r in tri))
pascal = [[1]]
for _ in range(4):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(pascal)
transpose = [list(col) for col in zip(*ident[:2])]
print(transpose)
deep = [[[k for k in range(j)] for j in range(i)] for i in range(3)]
print(deep)
print({k: [v * 2 for v in vs] for k, vs in {"a": [1, 2], "b": []}.items()})
