try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(())
except ValueError as e:
    print(type(e).__name__, e)
try:
    max("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__)
