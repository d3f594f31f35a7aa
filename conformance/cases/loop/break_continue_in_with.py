# Checks that context managers exit properly when break, continue or return leave a with block in a loop.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
        return self.tag
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else None)
        return False

for i in range(4):
    with CM(i) as t:
        if t == 1:
            continue
        if t == 2:
            break
        print("body", t)
print("after", i)

def f():
    while True:
        with CM("r"):
            with CM("inner"):
                return "returned"

print(f())

class Swallow(CM):
    def __exit__(self, et, ev, tb):
        super().__exit__(et, ev, tb)
        return True

for i in range(2):
    with Swallow(i):
        raise ValueError("x")
    print("continued after swallow", i)
