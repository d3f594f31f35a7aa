# math.comb and math.perm: values, k > n, big n, perm without k, and their errors.
import math

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

for n in range(0, 8):
    print([math.comb(n, k) for k in range(n + 2)], [math.perm(n, k) for k in range(n + 2)])
show(math.comb, 100, 50)
show(math.comb, 10**20, 3)
show(math.perm, 10**20, 3)
show(math.comb, 3, 10**20)
show(math.perm, 3, 10**20)
show(math.comb, 1000, 998)
show(math.perm, 5)
show(math.perm, 5, None)
show(math.comb, True, True)
for args in [(5, -1), (-5, 1), (-5, -1), (5.0, 1), (5, 1.0), ("5", 1), (10**20, 10**19), (5,), (5, 2, 1), ()]:
    show(math.comb, *args)
for args in [(5, -1), (-5, 1), (-5,), (5.0,), (10**20, 10**19), (5, 2, 1), ()]:
    show(math.perm, *args)
try:
    math.comb(5, k=2)
except TypeError as e:
    print(type(e).__name__, e)
