# Checks that the global statement lets functions read, rebind and create module-level names.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)

def make_new():
    global fresh_name
    fresh_name = "created"

try:
    print(fresh_name)
except NameError as e:
    print(type(e).__name__, e)
make_new()
print(fresh_name)

def read_only():
    return counter * 10

print(read_only())

def shadow():
    counter = 99
    return counter

print(shadow(), counter)

def multi():
    global a, b
    a, b = 1, 2

multi()
print(a, b)

def outer():
    def inner():
        global counter
        counter = 1000
    inner()
    return counter

print(outer(), counter)
