def t(n):
    try:
        r = 10 // n
    except ZeroDivisionError:
        print("except")
    else:
        print("else", r)
    finally:
        print("finally")
t(2)
t(0)
