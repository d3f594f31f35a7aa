# Checks break/continue affecting only the innermost loop and the for-else idiom for breaking out.
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
target = 7
for a in range(5):
    for b in range(5):
        if a * b == target - 1:
            break
    else:
        continue
    break
print("found", a, b)
found = None
for x in range(3):
    for y in range(3):
        for z in range(3):
            if x + y + z == 5:
                found = (x, y, z)
                break
        if found:
            break
    if found:
        break
print(found)
total = 0
i = 0
while i < 5:
    j = 0
    while True:
        j += 1
        if j > i:
            break
        total += j
    i += 1
print(total)
