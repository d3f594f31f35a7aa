# An object with __index__ stands for its int wherever Python wants an integer: sequence
# repetition (either side), list.insert/pop, chr, range, enumerate's start, round's ndigits,
# slice bounds, list.index bounds, %x formatting and len()'s result.
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

class Bad:
    def __index__(self):
        return "3"

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(label, type(e).__name__, e)

attempt("list*I", lambda: [1, 2] * I(2))
attempt("I*str", lambda: I(3) * "ab")
attempt("tuple*I", lambda: (0,) * I(0))
attempt("bytes*I", lambda: b"x" * I(2))
attempt("list*Bad", lambda: [1] * Bad())
attempt("list*float", lambda: [1] * 2.0)
def inplace():
    x = [7]
    x *= I(3)
    return x
attempt("list*=I", inplace)
attempt("chr", lambda: chr(I(65)))
attempt("range", lambda: list(range(I(1), I(7), I(2))))
attempt("enumerate", lambda: list(enumerate("ab", I(5))))
attempt("round", lambda: round(3.14159, I(2)))
attempt("slice", lambda: "abcdef"[I(1):I(-1):I(2)])
attempt("index bounds", lambda: [5, 6, 7, 5].index(5, I(1)))
attempt("index big bounds", lambda: [5, 6].index(6, -2**100, 2**100))
attempt("insert", lambda: (lambda l: (l.insert(I(1), 'x'), l)[1])([1, 2]))
attempt("pop", lambda: [1, 2, 3].pop(I(-1)))
attempt("pop huge", lambda: [1].pop(2**70))
attempt("insert huge", lambda: [1].insert(2**70, 0))
attempt("%x", lambda: "%x %o %d" % (I(255), I(8), I(9)))
attempt("len", lambda: len(type("L", (), {"__len__": lambda self: I(4)})()))
attempt("chr Bad", lambda: chr(Bad()))
attempt("range Bad", lambda: range(Bad()))
