# Checks tuple-swap assignment driving small in-place algorithms.
data = [5, 2, 9, 1, 5, 6]
n = len(data)
for i in range(n):
    for j in range(n - 1 - i):
        if data[j] > data[j + 1]:
            data[j], data[j + 1] = data[j + 1], data[j]
print(data)
arr = list("abcdef")
lo, hi = 0, len(arr) - 1
while lo < hi:
    arr[lo], arr[hi] = arr[hi], arr[lo]
    lo, hi = lo + 1, hi - 1
print("".join(arr))
a, b = 48, 18
while b:
    a, b = b, a % b
print(a)
x, y = 0, 1
seq = []
for _ in range(10):
    seq.append(x)
    x, y = y, x + y
print(seq)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for i in range(3):
    for j in range(i + 1, 3):
        m[i][j], m[j][i] = m[j][i], m[i][j]
print(m)
p = [3, 0, 2, 1]
i = 0
while i < len(p):
    j = p[i]
    if j != i:
        p[i], p[j] = p[j], p[i]
    else:
        i += 1
print(p)
