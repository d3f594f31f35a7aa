# yield from needs an iterable; send/throw into a plain iterator delegate behave specially.
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print(type(e).__name__, e)
def from_list():
    r = yield from [1, 2]
    print("return value", r)
    yield "end"
it = from_list()
print(next(it))
try:
    it.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
it = from_list()
print(next(it), it.send(None), it.send(None))
it = from_list()
next(it)
try:
    it.throw(ValueError("into list iterator"))
except ValueError as e:
    print(type(e).__name__, e)
print(next(it, "closed"))
def from_str():
    yield from "ab"
    yield from ()
    yield from {3: None}
    yield from range(4, 6)
print(list(from_str()))
