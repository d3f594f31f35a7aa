# Generators interact with try/except in the consumer: handled errors leave the generator usable.
def numbers():
    for s in ["1", "x", "3"]:
        yield s
def parsed():
    for s in numbers():
        try:
            yield int(s)
        except ValueError as e:
            yield "bad: " + str(e)
print(list(parsed()))
g = (int(s) for s in ["4", "y", "6"])
out = []
while True:
    try:
        out.append(next(g))
    except ValueError as e:
        out.append("error")
    except StopIteration:
        break
print(out)
def resilient():
    i = 0
    while i < 3:
        try:
            yield i
        except ValueError:
            yield "handled"
        i += 1
r = resilient()
print(next(r), r.throw(ValueError), next(r), next(r), next(r, "end"))
