# An exception raised while handling another gets the first as __context__ implicitly.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__)
    print(e.__suppress_context__)
    print(e.__context__.__context__)
try:
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    chain = []
    c = e
    while c is not None:
        chain.append(type(c).__name__)
        c = c.__context__
    print(chain)
e = ValueError("fresh")
print(e.__context__, e.__cause__, e.__suppress_context__)
