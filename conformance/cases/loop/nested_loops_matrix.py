# Checks nested for/while loops building and transforming 2-D lists.
n = 4
m = []
for i in range(n):
    row = []
    for j in range(n):
        row.append(i * n + j)
    m.append(row)
print(m)
t = [[m[j][i] for j in range(n)] for i in range(n)]
print(t)
diag = 0
i = 0
while i < n:
    diag += m[i][i]
    i += 1
print(diag)
spiral = []
top, bottom, left, right = 0, n - 1, 0, n - 1
while top <= bottom and left <= right:
    for c in range(left, right + 1):
        spiral.append(m[top][c])
    top += 1
    for r in range(top, bottom + 1):
        spiral.append(m[r][right])
    right -= 1
    if top <= bottom:
        for c in range(right, left - 1, -1):
            spiral.append(m[bottom][c])
        bottom -= 1
    if left <= right:
        for r in range(bottom, top - 1, -1):
            spiral.append(m[r][left])
        left += 1
print(spiral)
tri = []
for i in range(5):
    tri.append([1] * (i + 1))
    for j in range(1, i):
        tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]
print(tri)
