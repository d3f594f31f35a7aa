s = {1, 2, 3}
print(s.symmetric_difference_update([3, 4, 4]))
print(sorted(s))
s.symmetric_difference_update(range(5))
print(sorted(s))
s.symmetric_difference_update(s)
print(s)
try:
    s.symmetric_difference_update([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update(7)
except TypeError as e:
    print(type(e).__name__, e)
