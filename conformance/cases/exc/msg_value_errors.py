# ValueError messages raised by common builtins, methods and unpacking.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def unpack_many():
    a, b = [1, 2, 3]
def unpack_few():
    a, b, c = (1, 2)
def unpack_star_few():
    a, b, *c = [1]
show(unpack_many)
show(unpack_few)
show(unpack_star_few)
show(lambda: [1, 2].index(3))
show(lambda: [].remove(0))
show(lambda: (1,).index(9))
show(lambda: "abc".index("z"))
show(lambda: "abc".rindex("z"))
show(lambda: "a,b".split(""))
show(lambda: range(1, 5, 0))
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: max([]))
show(lambda: min(()))
show(lambda: int("12a"))
show(lambda: int(""))
show(lambda: int("5", 1))
show(lambda: int("z", 37))
show(lambda: "{0}{}".format(1, 2))
show(lambda: "{".format())
show(lambda: dict([(1, 2, 3)]))
