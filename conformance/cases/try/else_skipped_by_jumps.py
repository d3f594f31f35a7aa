# The else clause is skipped when the try body exits by return, break or continue, finally still runs.
def ret():
    try:
        return "returned"
    except Exception:
        print("no")
    else:
        print("else (not printed)")
    finally:
        print("finally after return")
print(ret())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    except Exception:
        pass
    else:
        print("else", i)
    finally:
        print("finally", i)
def else_returns():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else " + str(x)
    finally:
        print("finally runs after else return")
print(else_returns())
def else_raises():
    try:
        pass
    except ValueError:
        return "not this handler"
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("outer", e)
