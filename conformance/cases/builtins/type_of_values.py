# requires: float
for v in [1, 1.5, "s", True, None, [], (), {}, range(1)]:
    print(type(v))
print(type(1) == int, type(True) == int, type(type(1)))
print(type(1) is int)
