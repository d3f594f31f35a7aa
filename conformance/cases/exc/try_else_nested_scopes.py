# Functions made in a try statement's `else` body and in its handlers are each their own:
# the `else` body comes right after the `try` body in the code, before the handlers.
# Found by the differential generator.

items = [255]
try:
    print(type(items[0]).__name__)
except IndexError:
    print((lambda: 'handler')())
else:
    f = lambda p: [x for x in range(3) if p]
    print(f(True), f(False))

try:
    items[5]
except IndexError as e:
    g = lambda: [e2 * 2 for e2 in range(2)]
    print('caught', g())
else:
    print((lambda: 'else')())
finally:
    print([c for c in 'fin'])


def h(k):
    try:
        v = k * 2
    except TypeError:
        return lambda: 'bad'
    else:
        return lambda: [v for _ in range(2)]


print(h(3)(), h(None)())
