# Common slicing idioms: rotations, sliding windows, chunking, palindromes and interleaving.
a = [1, 2, 3, 4, 5, 6, 7]
for k in [0, 1, 3, 7, 9, -2]:
    k2 = k % len(a)
    print(k, a[k2:] + a[:k2], a[-k2:] + a[:-k2] if k2 else a[:])
print([a[i:i + 3] for i in range(len(a) - 2)])
print([a[i:i + 3] for i in range(0, len(a), 3)])
print(list(zip(a[::2], a[1::2])), list(zip(a, a[1:])))
for w in ["racecar", "abba", "abc", "", "a"]:
    print(repr(w), w == w[::-1], w[:len(w) // 2], w[(len(w) + 1) // 2:][::-1])
x, y = "ACEG", "BDF"
merged = [None] * (len(x) + len(y))
merged[::2] = x
merged[1::2] = y
print("".join(merged))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m], [list(r) for r in zip(*m[::-1])])
print(m[::-1][::-1] == m, [r[:] for r in m] == m)
n = 12345
print(str(n)[::-1], int(str(n)[::-1]), str(-n)[1:][::-1], bin(n)[2:][-4:])
