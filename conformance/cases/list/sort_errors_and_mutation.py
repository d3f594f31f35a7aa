# Sorting unorderable items raises TypeError; mutating the list inside a key is a ValueError.
# requires: complex
for data in [[1, "a"], [None, 1], [[1], (1,)], [{1}, {2}, {1, 2}], [1, 2, 3j]]:
    try:
        data.sort()
        print(data)
    except TypeError as e:
        print(type(e).__name__, e)
a = [3, 1, 2]
def evil(x):
    a.append(x)
    return x
try:
    a.sort(key=evil)
except ValueError as e:
    print(type(e).__name__, e)
print(len(a))
b = [3, 1, 2]
def seen_empty(x):
    print("during sort:", b)
    return x
b.sort(key=seen_empty)
print(b)
c = [3, 2, 1]
def bad(x):
    if x == 1:
        raise KeyError(x)
    return x
try:
    c.sort(key=bad)
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(c))
try:
    [1, 2].sort(key=lambda x: "s" if x == 1 else 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(sorted([None]), sorted([[]]), sorted([1, True]))
except TypeError as e:
    print(type(e).__name__, e)
