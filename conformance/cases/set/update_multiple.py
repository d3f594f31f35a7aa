s = {1}
print(s.update({2}, [3, 3], (4,), range(5, 7), "ab", {8: "x"}))
print(sorted(s, key=str))
s.update()
print(len(s))
s.update(x for x in [9, 10])
print(sorted(x for x in s if type(x) is int))
try:
    s.update([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.update([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(len(s))
