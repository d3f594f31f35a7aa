# The recursion limit: read, set, and its errors.
import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__)
for bad in [0, -5, "x", 1.5, 2**70]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
def at_depth(n, limit):
    if n:
        return at_depth(n - 1, limit)
    try:
        sys.setrecursionlimit(limit)
    except RecursionError as e:
        return str(e)[:40]
print(at_depth(50, 10))
sys.setrecursionlimit(old)
for f, a in [(sys.getrecursionlimit, (1,)), (sys.setrecursionlimit, ()), (sys.intern, ())]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
