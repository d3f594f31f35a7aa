def f(a, b, c=3):
    return a + b + c
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
def g(a, b, c):
    return 0
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
def h(x=1):
    return x
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
