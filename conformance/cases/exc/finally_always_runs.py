def f(n):
    try:
        if n == 0:
            return "returned"
        if n == 1:
            raise ValueError("boom")
        print("normal path")
    finally:
        print("finally", n)
    return "end"
print(f(0))
try:
    f(1)
except ValueError as e:
    print("caught", e)
print(f(2))
