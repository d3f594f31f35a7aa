# The float distributions draw as CPython's do.
import random
random.seed(5)
print(random.uniform(1, 5), random.uniform(2.5, -2.5), random.triangular(), random.triangular(0, 10, 3), random.triangular(1, 1, 1))
print(random.gauss(), random.gauss(), random.gauss(5, 2), random.normalvariate(), random.normalvariate(1, 0.5))
print(random.expovariate(1.5), random.expovariate(0.1))
random.seed(5)
g1 = random.gauss()
random.seed(5)
print(g1 == random.gauss())
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    random.uniform(1)
except TypeError as e:
    print(type(e).__name__, e)
