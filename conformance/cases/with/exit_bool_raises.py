# If the truth test of __exit__'s result raises, that error propagates instead.
class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("no truth")

class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return self.ret

try:
    with CM(BadBool()):
        raise KeyError("original")
except ZeroDivisionError as e:
    print("bool error:", e, type(e.__context__).__name__)
except KeyError:
    print("original propagated")

with CM(BadBool()):
    print("clean body: result not tested")
print("ok")

class WrongBool:
    def __bool__(self):
        return 1
try:
    with CM(WrongBool()):
        raise KeyError
except TypeError as e:
    print(type(e).__name__, e)
