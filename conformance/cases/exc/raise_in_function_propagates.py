def level3():
    raise ValueError("deep")
def level2():
    level3()
    print("not reached")
def level1():
    try:
        level2()
    finally:
        print("level1 finally")
try:
    level1()
except ValueError as e:
    print("caught at top:", e)
