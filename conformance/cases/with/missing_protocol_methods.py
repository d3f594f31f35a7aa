# Using an object lacking __enter__ or __exit__ in a with statement raises TypeError naming the type.
class OnlyEnter:
    def __enter__(self):
        print("should not be called")
        return self

class OnlyExit:
    def __exit__(self, *a):
        print("should not be called")

class Neither:
    pass

for obj in [OnlyEnter(), OnlyExit(), Neither(), 5, "s", None, [1]]:
    try:
        with obj:
            print("body")
    except TypeError as e:
        print(type(e).__name__, e)
    except AttributeError as e:
        print(type(e).__name__, e)

def inner():
    with OnlyEnter() as x:
        return x
try:
    inner()
except TypeError as e:
    print("in function:", e)
