for i, c in enumerate("abc"):
    print(i, c)
for i, x in enumerate([10, 20], 1):
    print(i, x)
for i, x in enumerate([]):
    print("never")
for pair in enumerate((5,)):
    print(pair)
