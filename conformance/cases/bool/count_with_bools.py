n = 0
for x in [3, 0, 5, 0, 0, 7]:
    n += x > 0
print(n)
print(type(n))
total = True
total += True
print(total, type(total))
