def f(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total
print(f(10), f(5))
try:
    print(total)
except NameError as e:
    print(type(e).__name__, e)
