log = []
def mark(v):
    log.append(v)
    return v
print(log)
def f(a=mark(1), b=mark(2)):
    return a + b
print(log)
print(f(), f(), f(10))
print(log)
