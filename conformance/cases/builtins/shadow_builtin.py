def len(x):
    return 42
print(len("abc"))
del len
print(len("abc"))
max = 3
print(max)
