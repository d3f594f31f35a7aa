s = set(range(10))
print(s.intersection_update([1, 2, 3, 4, 5], (2, 3, 4, 5, 6), range(3, 10)))
print(sorted(s))
s.intersection_update()
print(sorted(s))
s.intersection_update("abc")
print(s)
t = {1, 2, 3}
t.intersection_update(x for x in [2, 3, 4])
print(sorted(t))
try:
    t.intersection_update(3)
except TypeError as e:
    print(type(e).__name__, e)
