log = []
def v(x):
    log.append(x)
    return x
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(v(1), v(2), v(3)))
print(log)
