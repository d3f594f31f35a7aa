# Checks for-loop behaviour when the list being iterated grows, shrinks or is replaced.
lst = [1, 2, 3]
for x in lst:
    if x < 6:
        lst.append(x + 3)
print(lst)
lst = [0, 1, 2, 3, 4, 5]
seen = []
for x in lst:
    seen.append(x)
    lst.remove(x)
print(seen, lst)
lst = [1, 2, 3]
for x in lst:
    lst = [9, 9]
    print(x, end=" ")
print(lst)
lst = [1, 2, 3, 4]
for i, x in enumerate(lst):
    lst[i] = x * 10
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 5:
        lst.insert(0, 0)
print(out, lst)
lst = [5, 6, 7]
for x in lst:
    del lst[:]
    print("only", x)
print(lst)
