# choice, shuffle, sample and choices on a seeded generator.
import random
random.seed(99)
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
l = list(range(15))
random.shuffle(l)
print(l)
print(random.sample(range(100), 10), random.sample("python", 6), random.sample(range(10**6), 5))
print(random.sample(range(30), 25)[:5], random.sample(["a", "b"], k=2, counts=[3, 1]))
print(random.choices("xyz", k=6), random.choices("xyz", [5, 1, 0], k=6), random.choices("xyz", cum_weights=[1, 1, 9], k=4))
for f, a, k in [(random.choice, ([],), {}), (random.sample, ({1, 2}, 1), {}), (random.sample, ([1, 2], 3), {}),
                (random.sample, ([1, 2], -1), {}), (random.choices, ([1], [0]), {}), (random.choices, ([1], [1, 2]), {}),
                (random.choices, ([1, 2], 3), {}), (random.choices, ([1], [1]), {"cum_weights": [1]}),
                (random.choices, ([1], [float("inf")]), {}), (random.shuffle, ((1, 2),), {}),
                (random.sample, ([1, 2], 1), {"counts": [1]})]:
    try:
        print(f(*a, **k))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
