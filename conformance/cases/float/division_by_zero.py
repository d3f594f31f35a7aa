# requires: float
for a, b in [(1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, 0.0), (-1.0, -0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/", type(e).__name__, e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", type(e).__name__, e)
