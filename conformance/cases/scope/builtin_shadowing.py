# Checks that module and local names shadow builtins and that deleting the shadow restores the builtin.
print(len("abc"))
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))

def f():
    max = 7
    return max

print(f(), max(1, 9))

def g():
    list = tuple
    return list([1, 2])

print(g(), list((1, 2)))

def h():
    try:
        return str(5)
    finally:
        pass

str_backup = str
def shadow_global():
    global str
    str = lambda v: "nope"

shadow_global()
print(h())
del str
print(h())
print(str is str_backup)

try:
    del abs
except NameError as e:
    print(type(e).__name__, e)
print(abs(-3))
