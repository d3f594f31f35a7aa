# TypeError messages for calling, subscripting, iterating, len and hashing unsupported objects.
# requires: float
def show(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: 5())
show(lambda: "s"())
show(lambda: None())
show(lambda: [1]())
show(lambda: 5[0])
show(lambda: None[0])
show(lambda: len(5))
show(lambda: len(None))
show(lambda: iter(5))
show(lambda: list(None))
show(lambda: [x for x in 3])
show(lambda: hash([]))
show(lambda: {[1]: 2})
show(lambda: {{}})
show(lambda: next([1]))
show(lambda: next(5))
def it():
    for _ in 1.5:
        pass
show(it)
def unpack():
    a, b = 7
show(unpack)
def star():
    return [*None]
show(star)
def kw():
    return dict(**[1])
show(kw)
