events = [("key", "a"), ("click", 10, 20), ("key", "q"), ("scroll", -3), ("quit",),
          ("click", 0, 0), "garbage"]
for ev in events:
    match ev:
        case ("key", "q"):
            print("quit key")
            continue
        case ("key", k):
            print("key", k)
        case ("click", 0, 0):
            print("click at origin")
        case ("click", x, y):
            print("click", x + y)
        case ("scroll", n) if n < 0:
            print("scroll up", -n)
        case ("quit",):
            print("quit event, stopping")
            break
        case _:
            print("unknown", ev)
    print("handled", ev[0])
else:
    print("loop finished without break")
total = 0
for i in range(10):
    match i % 3:
        case 0:
            total += i
        case 1:
            total -= 1
print(total)
