for i in range(5, 0, -1):
    print(i, end=" ")
print()
for i in range(10, -10, -4):
    print(i, end=" ")
print()
for i in range(-1, -6, -2):
    print(i, end=" ")
print()
for i in range(0, 5, -1):
    print("never")
print("done")
