def worker():
    count = 0
    while count < 5:
        try:
            v = yield count
            print("sent", v)
        except KeyError as e:
            print("recovered from", e)
            count += 2
        count += 1
    return count

it = worker()
print(next(it))
print(it.send("a"))
print(it.throw(KeyError("oops")))
try:
    it.send("b")
except StopIteration as e:
    print("finished with", e.value)

def retry():
    attempts = 0
    while True:
        try:
            yield attempts
            return "ok"
        except RuntimeError:
            attempts += 1

it = retry()
next(it)
print(it.throw(RuntimeError))
print(it.throw(RuntimeError))
try:
    next(it)
except StopIteration as e:
    print(e.value)
