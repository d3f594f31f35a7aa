# Checks error types and messages when deleting attributes of builtins and read-only attributes.
class C:
    pass

def attempt(fn):
    try:
        fn()
        print("ok")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

def d1():
    del (1).real
def d2():
    del int.bit_length
def d3():
    o = object()
    del o.x
def d4():
    del None.x
def d5():
    f = lambda: 0
    del f.nothing
def d6():
    del "s".upper
def d7():
    del [].append
def d8():
    del C.missing

for fn in [d1, d2, d3, d4, d5, d6, d7, d8]:
    attempt(fn)
