for a in [0, 1]:
    for b in [0, 1]:
        if a:
            if b:
                print(a, b, "both")
            else:
                print(a, b, "a only")
        elif b:
            print(a, b, "b only")
        else:
            print(a, b, "neither")
