def source(n):
    for i in range(n):
        print("produce", i)
        yield i

def square(it):
    for x in it:
        yield x * x

def only_odd(it):
    for x in it:
        if x % 2:
            yield x

pipe = only_odd(square(source(5)))
print("pipeline built")
for v in pipe:
    print("consume", v)

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

print(list(chunks(range(7), 3)))
