# finally runs on every loop iteration whether the try body continues, breaks, returns or falls through.
def run(items):
    log = []
    for x in items:
        try:
            if x == "c":
                continue
            if x == "b":
                log.append("body-b")
                break
            if x == "r":
                return log + ["returned"]
            log.append("body-" + x)
        finally:
            log.append("fin-" + x)
    else:
        log.append("else")
    return log
print(run(["a", "c", "a"]))
print(run(["a", "b", "a"]))
print(run(["c", "r", "a"]))
print(run([]))
def countdown(n):
    out = []
    while n:
        try:
            n -= 1
            if n % 2:
                continue
            out.append(n)
        finally:
            out.append("f%d" % n)
    return out
print(countdown(5))
