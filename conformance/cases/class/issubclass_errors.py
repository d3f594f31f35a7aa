# issubclass/isinstance argument type errors and their messages.
class A: pass
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: issubclass(1, int))
show(lambda: issubclass(A(), A))
show(lambda: issubclass(A, 1))
show(lambda: issubclass(A, (A, 1)))
show(lambda: issubclass(A, (int, 1)))
show(lambda: isinstance(1, 1))
show(lambda: isinstance(A(), (int, 'x')))
show(lambda: isinstance(1, (int, 'x')))
