# Checks augmented assignment to names that are not yet bound at module, function and closure level.
try:
    never_bound += 1
except NameError as e:
    print(type(e).__name__, e)
counter = 0
def bad_inc():
    counter += 1
try:
    bad_inc()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def good_inc():
    global counter
    counter += 1
good_inc(); good_inc()
print(counter)
def outer():
    n = 10
    def inner():
        nonlocal n
        n -= 3
        return n
    inner()
    return inner()
print(outer())
def outer_bad():
    n = 10
    def inner():
        n -= 3
    try:
        inner()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
outer_bad()
class C:
    x = 1
    x += 1
    y = [1]
    y += [2]
print(C.x, C.y)
