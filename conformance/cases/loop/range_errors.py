# Checks the TypeError and ValueError messages raised by bad range() arguments.
def attempt(*args):
    try:
        print(list(range(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt(1, 2, 0)
attempt("5")
attempt(None)
attempt()
attempt(1, 2, 3, 4)
attempt(True, 3)
attempt(0, 5, True)
class Idx:
    def __index__(self):
        return 3
attempt(Idx())
attempt(1, Idx())
try:
    range(5).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 3)["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1)[5]
except IndexError as e:
    print(type(e).__name__, e)
