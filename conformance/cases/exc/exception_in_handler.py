try:
    try:
        1 // 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print("caught", type(e).__name__, e)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise KeyError("b")
except Exception as e:
    print("caught", type(e).__name__, e)
