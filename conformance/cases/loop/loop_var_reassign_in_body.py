# Checks that rebinding the loop variable inside the body does not change the iteration sequence.
for i in range(5):
    print(i, end=" ")
    i = 100
print("| last", i)
for ch in "abc":
    ch = ch.upper()
    print(ch, end=" ")
print()
lst = [1, 2, 3]
for x in lst:
    x *= 10
print(lst)
rows = [[1], [2]]
for r in rows:
    r.append(0)
    r = None
print(rows)
i = 0
while i < 5:
    print(i, end=" ")
    i += 2
print()
for i in range(3):
    for i in range(i):
        pass
    print("inner left i =", i if i is not None else None)
