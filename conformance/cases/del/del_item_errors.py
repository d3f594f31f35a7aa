# Checks TypeError messages when deleting items from immutable or non-subscriptable objects.
targets = [(1, 2), "ab", b"ab", range(3), frozenset([1]), 5, None, len]
for t in targets:
    try:
        del t[0]
        print("deleted")
    except TypeError as e:
        print(type(e).__name__, e)
t = (1, 2, 3)
try:
    del t[0:2]
except TypeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    del s[1]
except TypeError as e:
    print(type(e).__name__, e)
print(t, sorted(s))
