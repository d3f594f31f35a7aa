# Checks del inside except, else and finally blocks, including deleting the exception variable.
try:
    raise ValueError("v")
except ValueError as e:
    print(type(e).__name__, e)
    del e
print("handler done")

def f():
    tmp = "temp"
    try:
        return tmp
    finally:
        del tmp

print(f())

def g():
    data = [1, 2, 3]
    try:
        del data[5]
    except IndexError as err:
        print(type(err).__name__, err)
        del data[0]
    else:
        print("no")
    finally:
        del data[-1]
    return data

print(g())

def h():
    x = 1
    try:
        del x
        del x
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)

print(h())
try:
    raise KeyError("k")
except KeyError as ex:
    saved = ex
try:
    ex
except NameError as e:
    print(type(e).__name__, e)
print(repr(saved))
