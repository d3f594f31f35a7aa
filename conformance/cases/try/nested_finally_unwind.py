# Multiple nested finally blocks run innermost first while an exception or return unwinds.
log = []
def deep(kind):
    try:
        try:
            try:
                if kind == "raise":
                    raise ValueError("deep")
                if kind == "return":
                    return "ret"
            finally:
                log.append("f3")
        finally:
            log.append("f2")
    finally:
        log.append("f1")
    return "normal"
for kind in ["none", "raise", "return"]:
    del log[:]
    try:
        r = deep(kind)
    except ValueError as e:
        r = "exc " + str(e)
    print(kind, r, log)
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
        raise KeyError("c")
    finally:
        print("c finally")
try:
    a()
except KeyError as e:
    print("top", repr(e))
