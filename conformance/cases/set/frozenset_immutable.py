f = frozenset({1, 2})
for name in ("add", "remove", "discard", "pop", "clear", "update",
             "intersection_update", "difference_update",
             "symmetric_difference_update"):
    print(name, hasattr(f, name), hasattr(set(), name))
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.update([3])
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.remove(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(f))
