# __exit__ suppresses the exception when it returns any truthy value; falsy values let it propagate.
class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return self.ret

for ret in [True, 1, "x", [0], 3.5, False, 0, "", [], None]:
    try:
        with CM(ret):
            raise ValueError("boom")
        print(repr(ret), "suppressed")
    except ValueError as e:
        print(repr(ret), "propagated", e)

class Truth:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("bool called")
        return self.b
for b in (True, False):
    try:
        with CM(Truth(b)):
            raise KeyError("k")
        print("suppressed by object")
    except KeyError as e:
        print("propagated", e)
with CM(Truth(True)):
    print("no exception, bool not needed")
