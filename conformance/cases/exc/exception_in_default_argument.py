try:
    def f(x=1 // 0):
        return x
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
