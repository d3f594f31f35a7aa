# A suspended generator whose last reference disappears is closed, running its finally block.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
for x in g("loop"):
    print("got", x)
    break
print("after loop")
print(next(g("temp")))
print("after temp")
it = g("rebound")
next(it)
it = None
print("after rebind")
def holder():
    inner = g("local")
    next(inner)
    return "returning"
print(holder())
print("end")
