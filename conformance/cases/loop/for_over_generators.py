# Checks for-loops over generators: single-use exhaustion, resuming after break, and laziness.
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i

g = gen(4)
for x in g:
    if x == 1:
        break
print("paused")
for x in g:
    print("resumed", x)
for x in g:
    print("never")
else:
    print("exhausted")
squares = (i * i for i in range(5))
print(sum(squares), sum(squares))
def count_up():
    n = 0
    while True:
        yield n
        n += 1
for v in count_up():
    if v > 3:
        break
print(v)
def gen_ret():
    yield 1
    return "ignored by for"
print([x for x in gen_ret()])
it = iter([1, 2, 3, 4, 5])
for a in it:
    b = next(it, None)
    print(a, b)
