for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 5:
        break
    print("w", i)
