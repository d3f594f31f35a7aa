log = []
def f():
    try:
        log.append("try")
        raise ValueError("v")
    except ValueError:
        log.append("except")
        return "from except"
    finally:
        log.append("finally")
print(f())
print(log)
