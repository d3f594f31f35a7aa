try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__)
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__)
