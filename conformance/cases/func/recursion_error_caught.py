def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
try:
    forever(0)
except RuntimeError as e:
    print("caught as RuntimeError")
print("still running")
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(200))
