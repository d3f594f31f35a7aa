def f():
    try:
        1 // 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    f()
except ZeroDivisionError as e:
    print("re-raised", type(e).__name__, e)
try:
    try:
        raise ValueError("keep me")
    except ValueError:
        raise
except ValueError as e:
    print(e)
