count = 0
for i in range(4):
    for j in range(i):
        for k in range(j):
            count += 1
            print(i, j, k)
print("count", count)
