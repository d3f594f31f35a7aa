# __bool__ must return a bool; __len__ must return a non-negative int.
class BadBool:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return 'x'
class FloatLen:
    def __len__(self): return 2.0
class BigLen:
    def __len__(self): return 2 ** 100
def show(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
show(lambda: bool(BadBool()))
show(lambda: not BadBool())
show(lambda: len(NegLen()))
show(lambda: bool(NegLen()))
show(lambda: len(StrLen()))
show(lambda: bool(StrLen()))
show(lambda: len(FloatLen()))
show(lambda: len(BigLen()))
class TrueLen:
    def __len__(self): return True
show(lambda: len(TrueLen()))
