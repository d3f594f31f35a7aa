s = {1, 2, 3}
print(s.discard(2))
print(sorted(s))
print(s.discard(42))
print(sorted(s))
s.discard(1.0)
print(sorted(s))
try:
    s.discard([3])
except TypeError as e:
    print(type(e).__name__, e)
t = {frozenset({1})}
t.discard({1})
print(t)
