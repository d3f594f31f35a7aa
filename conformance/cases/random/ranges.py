# randrange and randint draw as CPython's do, including big and negative ranges.
import random
random.seed(2024)
print([random.randrange(10) for _ in range(8)])
print([random.randrange(5, 15) for _ in range(5)], [random.randrange(0, 100, 7) for _ in range(5)])
print([random.randrange(50, -5, -3) for _ in range(5)], [random.randint(-3, 3) for _ in range(8)])
print(random.randrange(10**30), random.randrange(-10**20, 10**20, 3), random.randint(2**64, 2**65))
print(random.randrange(3.0), random.randint(1, 1))
for args in [(0,), (5, 5), (1.5,), (0, 10, 0), (10, 0), (0, 10, -1), (1, 2, 1.5), ("a",), (1, None, 2)]:
    try:
        random.randrange(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for args in [(5, 1), (1,), ()]:
    try:
        random.randint(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
