# A closure-based retry decorator with attempt counting, exception filtering, exception chaining and finally cleanup.
class GaveUp(Exception):
    pass

def retry(times, on=(Exception,), log=None):
    def deco(fn):
        attempts = 0
        def wrapper(*args):
            nonlocal attempts
            last = None
            for n in range(1, times + 1):
                attempts += 1
                try:
                    return fn(n, *args)
                except on as e:
                    last = e
                    if log is not None:
                        log.append(f"{fn.__name__}#{n}: {type(e).__name__}({e})")
                finally:
                    if log is not None:
                        log.append("tried")
            raise GaveUp(f"{fn.__name__} failed {times} times") from last
        wrapper.attempts = lambda: attempts
        return wrapper
    return deco

log = []

@retry(3, on=(ValueError, KeyError), log=log)
def flaky(n, ok_at):
    if n < ok_at:
        raise ValueError(f"n={n}")
    return f"ok at {n}"

print(flaky(1), flaky(3), flaky.attempts())
print(log)
log.clear()
try:
    flaky(5)
except GaveUp as e:
    print("GaveUp:", e, "| cause:", repr(e.__cause__), "| ctx is cause:", e.__context__ is e.__cause__)
print(log, flaky.attempts())

@retry(2, on=KeyError)
def wrong_kind(n):
    raise TypeError("not retried")

try:
    wrong_kind()
except TypeError as e:
    print("TypeError:", e, wrong_kind.attempts())

@retry(0)
def never(n):
    return "unreachable"

try:
    never()
except GaveUp as e:
    print("GaveUp:", e, e.__cause__)
