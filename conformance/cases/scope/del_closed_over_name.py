# Checks deleting a variable that an inner function closes over, and nonlocal deletion.
def outer():
    x = 1
    def get():
        return x
    print(get())
    del x
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    return get()

print(outer())

def outer2():
    y = "here"
    def remove():
        nonlocal y
        del y
    def read():
        return y
    remove()
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    y = "back"
    return read()

print(outer2())

def outer3():
    z = 0
    def remove():
        nonlocal z
        del z
    remove()
    try:
        remove()
    except NameError as e:
        print(type(e).__name__, e)

outer3()
