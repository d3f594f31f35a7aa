def g():
    print("running inside:", it.gi_running)
    yield 1
    print("running inside again:", it.gi_running)

it = g()
print("before:", it.gi_running)
next(it)
print("suspended:", it.gi_running)
next(it, None)
print("after:", it.gi_running)
