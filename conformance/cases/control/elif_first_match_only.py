x = 5
if x > 1:
    print("first")
elif x > 2:
    print("second")
elif x > 3:
    print("third")
else:
    print("else")
if x > 100:
    print("no")
elif x > 4:
    print("fourth condition")
