def show(i):
    nothing = None
    try:
        if i == 0:
            [1, 2][5]
        elif i == 1:
            (1,)[1]
        elif i == 2:
            {"a": 1}["b"]
        elif i == 3:
            int("12x")
        elif i == 4:
            "a" + 1
        elif i == 5:
            len(5)
        elif i == 6:
            undefined_thing
        elif i == 7:
            nothing()
        elif i == 8:
            (1, 2)[0] = 3
        elif i == 9:
            {}[[1]] = 2
    except Exception as e:
        print(type(e).__name__ + ":", e)
for i in range(10):
    show(i)
