def f(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        f(n - 1)
    finally:
        if n % 10 == 0:
            print("unwind", n)
try:
    f(30)
except IndexError as e:
    print("caught", e)
