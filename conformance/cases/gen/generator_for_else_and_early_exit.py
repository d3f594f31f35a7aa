# for/else over generators, and breaking out of nested generator loops.
def upto(n):
    for i in range(n):
        yield i
def find(target, n):
    for v in upto(n):
        if v == target:
            print("found", v)
            break
    else:
        print("not found", target)
find(2, 5)
find(9, 3)
for v in upto(0):
    print("never")
else:
    print("empty generator runs else")
def pairs():
    for i in upto(3):
        for j in upto(3):
            if j > i:
                break
            yield i, j
print(list(pairs()))
def until_negative(seq):
    for x in seq:
        if x < 0:
            return
        yield x
print(list(until_negative([3, 1, -1, 5])), list(until_negative([])))
g = upto(5)
for v in g:
    if v == 1:
        break
for v in g:
    print("resumed at", v)
    break
print(list(g))
