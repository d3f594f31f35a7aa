def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1), f(1, c=5), f(c=1, b=1, a=1), f(1, 2, c=9))
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, a=3)
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], reverse=True), print("x", end="!\n"))
