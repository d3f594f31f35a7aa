def outer(x):
    def inner(y):
        return x + y
    return inner
add5 = outer(5)
add10 = outer(10)
print(add5(1), add10(1))
print(outer(100)(1))
