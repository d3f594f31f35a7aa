# Mutating list methods return None, so chaining them fails with AttributeError.
a = [3, 1, 2]
print(a.append(4), a.extend([5]), a.insert(0, 0), a.sort(), a.reverse(), a.remove(0), a)
print(a.clear(), a)
b = [2, 1]
r = b.sort()
print(r, b)
try:
    [3, 1].sort().append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x = [1].append(2)
    x.append(3)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1]) + [9], [1, 2].copy() + [3], [5].pop(), [1, 2, 3].index(2), [1, 1].count(1))
c = [1]
print(c.__iadd__([2]) is c, c.__imul__(2) is c, c)
print(c.__add__([0]), c.__mul__(2), c.__contains__(1), c.__len__(), c.__getitem__(-1))
print(c.__eq__([1, 2, 1, 2]), c.__lt__([9]), c.__eq__(5))
