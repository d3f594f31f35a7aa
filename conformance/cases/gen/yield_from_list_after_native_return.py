# `yield from` over a non-generator iterable gives None, even right after a generator's
# return value ended a native iteration (`list(g())`).
def returns_value():
    yield 1
    return 42


def delegates():
    r = yield from []
    print('from empty list', r)
    r = yield from (5, 6)
    print('from tuple', r)
    r = yield from returns_value()
    print('from generator', r)
    return 'done'


print(list(returns_value()))
print(list(delegates()))
print(list(delegates()))
for _ in returns_value():
    pass
print(list(delegates()))
