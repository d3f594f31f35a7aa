a = []
a.append(1)
a.append("two")
a.append([3])
print(a)
print(a.pop())
print(a)
print(a.pop(0))
print(a)
a.append(5)
print(a.pop(-2), a)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
print(a.append(0))
