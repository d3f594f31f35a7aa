def a():
    try:
        b()
    finally:
        print("a finally")
def b():
    try:
        c()
    finally:
        print("b finally")
def c():
    try:
        raise IndexError("from c")
    finally:
        print("c finally")
try:
    a()
except IndexError as e:
    print("top", e)
