def countdown(n):
    while n > 0:
        yield n
        n -= 1

for x in countdown(4):
    print(x)

for x in countdown(0):
    print("never")
else:
    print("empty else")

def pairs():
    yield 1, "a"
    yield 2, "b"

for n, s in pairs():
    print(n, s)

for i, v in enumerate(countdown(3)):
    print(i, v)
print(list(zip(countdown(3), "xyz")))
