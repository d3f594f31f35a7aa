try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
try:
    try:
        raise ValueError("v")
    except ValueError:
        print("inner caught")
        raise TypeError("t")
except TypeError as e:
    print("outer caught", type(e).__name__, e)
