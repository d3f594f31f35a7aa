# A BaseException subclass passes through `except Exception` in every frame while finally blocks run.
class Abort(BaseException):
    pass
def level(n):
    try:
        if n == 0:
            raise Abort("stop at bottom")
        return level(n - 1)
    except Exception:
        print("never caught as Exception at", n)
    finally:
        print("finally", n)
try:
    level(3)
except Abort as e:
    print("caught", repr(e))
def guarded():
    try:
        raise Abort()
    except BaseException as e:
        print("BaseException handler got", type(e).__name__)
        return "recovered"
print(guarded())
print(issubclass(Abort, Exception), isinstance(Abort(), BaseException))
try:
    try:
        raise Abort("x")
    except:
        print("bare except catches BaseException subclasses")
        raise
except Abort as e:
    print("re-raised", e)
