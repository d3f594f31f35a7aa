def outer(n):
    def inner():
        return n * 2
    return inner
a = outer(1)
b = outer(2)
print(a(), b())
print(a is b)
