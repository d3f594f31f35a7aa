# Checks that range() rejects float arguments with the exact TypeError message.
# requires: float
for args in [(1.5,), (0, 2.0), (0, 5, 0.5), (1e3,)]:
    try:
        print(list(range(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
print(1.0 in range(3), 1.5 in range(3), 2.0 in range(0, 4, 2))
print(range(3).count(1.0), range(5).index(2.0) if 2.0 in range(5) else None)
try:
    range(3)[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(int(3.9))))
