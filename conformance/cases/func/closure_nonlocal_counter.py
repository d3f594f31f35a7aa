def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump
c = counter()
print(c(), c(), c(10))
d = counter()
print(d(), c())
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner()
    x = 5
    return middle()
print(outer())
