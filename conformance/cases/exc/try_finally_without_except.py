def f():
    try:
        return 1
    finally:
        print("cleanup")
print(f())
try:
    try:
        raise ValueError("v")
    finally:
        print("cleanup 2")
except ValueError:
    print("caught")
