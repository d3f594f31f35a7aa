# An uncaught exception raised inside an except block ends the program with the newer exception.
log = []
def step(n):
    log.append(n)
    return n
try:
    step(1)
    {}["missing"]
except KeyError:
    step(2)
    print("handling KeyError, log =", log)
    raise ValueError("raised while handling")
