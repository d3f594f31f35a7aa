try:
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
except Exception as e:
    print(type(e).__name__, e)
try:
    try:
        print("no error in try")
    finally:
        raise KeyError("k")
except KeyError as e:
    print(type(e).__name__, e)
