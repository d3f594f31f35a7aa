# Exceptions raised inside comprehensions and lambdas are catchable and leave partial results.
def safe(f, x):
    try:
        return f(x)
    except (ValueError, ZeroDivisionError) as e:
        return type(e).__name__
print([safe(int, s) for s in ["1", "x", "-3", ""]])
print([safe(lambda v: 10 // v, v) for v in [1, 0, -3]])
out = []
try:
    out = [10 // v for v in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print("comprehension aborted:", e, out)
acc = []
try:
    for v in [5, 2, 0, 1]:
        acc.append(10 // v)
except ZeroDivisionError:
    print("partial loop result", acc)
try:
    d = {k: 10 // k for k in [2, 1, 0]}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    total = sum(int(s) for s in ["4", "5", "six"])
except ValueError as e:
    print(type(e).__name__, e)
