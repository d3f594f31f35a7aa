# Checks deleting module-level names, then using or deleting them again.
x = 10
y = [1, 2]
alias = y
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
del y
print(alias)
x = "rebound"
print(x)
def f():
    return "func"
del f
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
class K:
    pass
del K
print("K" in globals(), "alias" in globals())
a = b = 3
del a
print(b)
try:
    del undefined_name_here
except NameError as e:
    print(type(e).__name__, e)
