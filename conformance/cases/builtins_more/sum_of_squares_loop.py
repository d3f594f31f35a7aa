total = 0
for i, x in enumerate(range(10)):
    total += i * x
print(total)
print(sum(range(10)) == 45)
