# A class-based manager: __enter__'s result is bound, __exit__ gets three Nones on a clean exit.
class Res:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, t, v, tb):
        self.log.append("exit")
        print("exit args:", t, v, tb)
        return None

r = Res("r1")
with r as x:
    print("body", x is r, x.name)
    r.log.append("body")
print(r.log)
with Res("r2"):
    print("no target")
with Res("r3") as y:
    pass
print(y.name, y.log)
print("after")
