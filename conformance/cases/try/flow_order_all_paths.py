# Order in which try, except, else and finally bodies run for the normal, caught and uncaught paths.
log = []
def run(kind):
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "type":
            raise TypeError("t")
        log.append("try-end")
    except ValueError as e:
        log.append("except:" + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
for kind in ["none", "value", "type"]:
    del log[:]
    try:
        run(kind)
    except TypeError as e:
        log.append("outer:" + str(e))
    print(kind, log)
