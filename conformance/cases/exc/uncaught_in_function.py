def inner(n):
    return [0, 1][n]
def outer():
    print("calling")
    return inner(5)
print(inner(1))
outer()
