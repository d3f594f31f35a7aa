# math.factorial: exact big results, the 3.11 TypeError for floats, negative and huge arguments.
import math

def show(*args):
    try:
        print(math.factorial(*args))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, 2, 5, 10, 20, 21, 25, 50, 100, True]:
    show(n)
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.factorial(3000) == math.prod(range(1, 3001)))

class I:
    def __index__(self): return 6

show(I())
for bad in [-1, -10**20, 3.0, 5.5, "5", None, 10**20]:
    show(bad)
show()
show(1, 2)
