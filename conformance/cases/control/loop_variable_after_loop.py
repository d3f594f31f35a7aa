for i in range(5):
    pass
print(i)
for x in "abc":
    pass
print(x)
j = "unchanged"
for j in []:
    pass
print(j)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
