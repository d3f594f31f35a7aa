try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise "string"
except TypeError as e:
    print(type(e).__name__, e)
