# A long chain of nested yield from delegations passes values, sends and return values through.
def leaf():
    got = yield "leaf"
    return "leaf saw %s" % got
def chain(n):
    if n == 0:
        r = yield from leaf()
    else:
        r = yield from chain(n - 1)
    return r + "|" + str(n) if n % 25 == 0 else r
g = chain(100)
print(next(g))
try:
    g.send("hello")
except StopIteration as e:
    print(e.value)
def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(200)), list(countdown(5)))
def thrower(n):
    if n == 0:
        try:
            yield "bottom"
        except KeyError as e:
            yield "caught at bottom: %s" % e
    else:
        yield from thrower(n - 1)
t = thrower(50)
next(t)
print(t.throw(KeyError("k")))
