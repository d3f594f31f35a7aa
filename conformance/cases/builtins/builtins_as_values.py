f = len
print(f("abcd"))
g = max
print(g(1, 5, 3))
conv = [str, repr]
for c in conv:
    print(c("x"))
t = int
print(t("7") + 1)
