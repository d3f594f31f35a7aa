# math.gamma and lgamma: exact factorials at small integers, poles as domain errors, overflow,
# the reflection below zero.
import math

def show(f, x):
    try:
        print(repr(f(x)))
    except Exception as e:
        print(type(e).__name__, e)

for x in range(1, 24):
    print(x, math.gamma(x) == math.factorial(x - 1))
for x in [0.5, 1.5, -0.5, -1.5, 2.5, 10.5, 100.5, 171.5, 1e-30, -1e-30, 1e-300, 5e-324, -250.5, -300.25, 200,
          0, -0.0, -1, -2, math.inf, -math.inf, math.nan]:
    show(math.gamma, x)
for x in [1, 2, 3, 0.5, 1.5, -0.5, -2.5, 1e-30, 100, 1e10, 1e300, 1e308, 0, -1, -100, math.inf, -math.inf, math.nan]:
    show(math.lgamma, x)
