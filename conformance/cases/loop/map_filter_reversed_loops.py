# Checks for-loops over map, filter, reversed and sorted, which are single-pass or copying iterators.
m = map(lambda x: x * 2, [1, 2, 3])
for v in m:
    print(v, end=" ")
print(list(m))
f = filter(lambda x: x % 2, range(10))
print(list(f), list(f))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
lst = [3, 1, 2]
for v in reversed(lst):
    print(v, end=" ")
print()
r = reversed(lst)
print(next(r), list(r))
for v in sorted(lst, reverse=True):
    lst.append(v)
print(lst)
print(list(reversed(range(0))), list(reversed("")))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
