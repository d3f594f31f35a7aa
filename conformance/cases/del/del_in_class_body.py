# Checks del inside a class body removes names from the class namespace being built.
class A:
    temp = 10
    keep = temp * 2
    del temp
    helper = lambda x: x + 1
    value = helper(5)
    del helper

print(A.keep, A.value)
print(hasattr(A, "temp"), hasattr(A, "helper"))

class B:
    for i in range(3):
        pass
    last = i
    del i

print(B.last, hasattr(B, "i"))

class C:
    try:
        del nothing_here
    except NameError as e:
        err = type(e).__name__ + ": " + str(e)

print(C.err)

x = "global"
class D:
    x = "class"
    del x
    seen = x

print(D.seen, hasattr(D, "x"))
