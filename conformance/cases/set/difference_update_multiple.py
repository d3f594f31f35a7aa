s = set(range(10))
print(s.difference_update([0, 1], (2,), range(8, 20), {5}))
print(sorted(s))
s.difference_update()
print(sorted(s))
s.difference_update("abc", [])
print(sorted(s))
s.difference_update(s)
print(s)
t = {1, 2}
try:
    t.difference_update([1], None)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(t))
