def g():
    for i in range(6):
        print("yield", i)
        yield i

it = g()
print(2 in it)
print(next(it))
print(1 in it)
print(list(it))

ge = (x * 2 for x in range(5))
print(4 in ge, 4 in ge)
