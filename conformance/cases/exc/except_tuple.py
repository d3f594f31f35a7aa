def risky(n):
    if n == 0:
        return 1 // 0
    if n == 1:
        return [][1]
    if n == 2:
        return int("x")
    return "ok"
for n in range(4):
    try:
        print(risky(n))
    except (ZeroDivisionError, IndexError) as e:
        print("group1", type(e).__name__)
    except (ValueError,) as e:
        print("group2", type(e).__name__)
