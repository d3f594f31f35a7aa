i = 0
while i < 5:
    i += 1
    if i % 2:
        continue
    print(i)
else:
    print("else", i)
