for x in (1, 2, 3):
    print(x)
for a, b in ((1, "a"), (2, "b")):
    print(a, b)
for x in ():
    print("never")
