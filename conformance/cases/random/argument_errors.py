# random's functions are methods of a Random written in Python: their argument errors are
# worded as a Python function's.
import random
calls = [(random.uniform, (1,), {}), (random.uniform, (1, 2, 3), {}), (random.uniform, (), {"a": 1, "c": 2}),
         (random.uniform, (1,), {"a": 2}), (random.randint, (), {}), (random.randint, (1, 2, 3), {}),
         (random.randrange, (), {}), (random.randrange, (1, 2, 3, 4), {}), (random.choice, (), {}),
         (random.shuffle, ([], 1), {}), (random.sample, ([1],), {}), (random.sample, ([1], 1, 2), {}),
         (random.choices, (), {}), (random.choices, ([1], None, None), {}), (random.gauss, (1, 2, 3), {}),
         (random.triangular, (), {"peak": 1}), (random.seed, (1, 2, 3), {}), (random.random, (1,), {}),
         (random.getrandbits, (), {}), (random.expovariate, (), {}), (random.randbytes, (), {})]
for f, a, k in calls:
    try:
        f(*a, **k)
        print("no error")
    except TypeError as e:
        print(e)
