# Catching with something that is not an exception class raises TypeError when the clause is tested.
class Plain:
    pass
def attempt(spec):
    try:
        try:
            raise ValueError("inner")
        except spec:
            print("caught?")
    except TypeError as e:
        print(type(e).__name__, e)
        print(type(e.__context__).__name__)
attempt(Plain)
attempt(5)
attempt((ValueError, int))
attempt((int, ValueError))
attempt("ValueError")
try:
    try:
        raise ValueError("first clause matches")
    except ValueError:
        print("matched before bad clause")
    except 42:
        print("never")
except TypeError as e:
    print("unexpected", e)
try:
    pass
except 42:
    pass
print("not raising means clause not evaluated")
