# requires: float
print("{} + {} = {}".format(1, 2, 3))
print("[{}]".format("x"))
print("{}".format([1, "a"]))
print("{} {}".format(None, True))
print("{}".format(1.5))
print("no fields".format(1, 2))
print("{{}} {}".format("literal braces"))
try:
    print("{} {}".format(1))
except IndexError as e:
    print(type(e).__name__)
