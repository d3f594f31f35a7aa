# Checks simultaneous assignment semantics for swaps and rotations (right side fully evaluated first).
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [10, 20, 30]
x[0], x[2] = x[2], x[0]
print(x)
fa, fb = 0, 1
for _ in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
lst = [1, 2, 3, 4]
lst[0], lst[1:3] = "first", ["m"]
print(lst)
i = 0
i, x[i] = 2, "new"
print(i, x)
d = {}
d["a"], d["b"] = d.get("b", 1), d.get("a", 2)
print(d)
s = "ab"
s, t = s + "c", s
print(s, t)
