try:
    print("a" < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 >= "a")
except TypeError as e:
    print(type(e).__name__, e)
print("1" == 1)
print("a" != None)
