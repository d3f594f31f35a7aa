# Checks common range-driven loop patterns: stepping backwards, by twos, over indices and pairs.
data = ["a", "b", "c", "d", "e"]
for i in range(len(data) - 1, -1, -1):
    print(data[i], end="")
print()
for i in range(0, len(data), 2):
    print(data[i:i + 2], end=" ")
print()
for i in range(1, len(data)):
    print(data[i - 1] + data[i], end=" ")
print()
for i in range(-3, 0):
    print(data[i], end="")
print()
for i in range(10, 0, -4):
    print(i, end=" ")
print()
for i in range(3, 3):
    print("never")
else:
    print("empty range else")
print([i for i in range(20) if i % 3 == 0 and i % 2 == 0])
total = 0
for i in range(-10, 11, 5):
    total += i
print(total)
print(sum(1 for _ in range(0, 100, 7)), len(range(0, 100, 7)))
