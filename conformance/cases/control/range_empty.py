n = 0
for i in range(0):
    n += 1
for i in range(5, 5):
    n += 1
for i in range(5, 2):
    n += 1
for i in range(-3):
    n += 1
print(n)
