# Chained slices of slices and slices inside nested data compose left to right.
a = list(range(20))
print(a[2:18][3:10][::2], a[::2][::2][::2], a[::-1][::3][1:])
print(a[5:][:5], a[:15][5:], a[::-1][::-1] == a, a[1:-1][1:-1][1:-1][:3])
m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(m[1:][0][1:3], [row[::-1] for row in m[::-1]], [row[1:3] for row in m][::2])
print([r[i] for i, r in enumerate(m)], [r[-1] for r in m[:2]])
s = "The quick brown fox"
words = s.split()
print(words[1:][::-1], [w[::-1] for w in words[::2]], s[4:][:5][::-1])
print(s[::-1][:3][::-1], s.split()[-1][1:], "".join(w[0] for w in words[1:]))
cols = list(zip(*m))
print(cols[1:3], [c[::2] for c in cols][::-1])
t = ((1, 2), (3, 4, 5), ())
print(t[1][1:], t[-1][:], t[:2][-1][::-1], [x[1:] for x in t])
d = {"k": [1, 2, 3, 4]}
print(d["k"][1:3], d["k"][::-1][0], str(d["k"])[1:-1])
d["k"][1:3] = []
print(d)
print([1, 2, 3][1:][0], (4, 5, 6)[-2:][-1], "xyz"[1:][1:][0], range(9)[3:][2:][1])
