saved = None
try:
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
        raise
except ValueError as e2:
    print(e2 is saved)
try:
    raise saved
except ValueError as e3:
    print(e3 is saved, e3)
