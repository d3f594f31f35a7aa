def g():
    print("body started")
    try:
        yield 1
    finally:
        print("finally")

it = g()
it.close()
print("closed fresh")
try:
    next(it)
except StopIteration:
    print("StopIteration")

it = g()
print(list(it))
it.close()
print("closed finished")
it.close()
print("closed twice")

it = g()
next(it)
it.close()
it.close()
print("end")
