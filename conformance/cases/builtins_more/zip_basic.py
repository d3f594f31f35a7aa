for a, b in zip([1, 2, 3], "abc"):
    print(a, b)
for a, b in zip([1, 2, 3], [4]):
    print(a, b)
for t in zip((1, 2), (3, 4), (5, 6)):
    print(t)
for t in zip():
    print("never")
print("done")
