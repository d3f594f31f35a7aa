def nothing():
    x = 1
def bare():
    return
def maybe(flag):
    if flag:
        return "yes"
print(nothing(), bare(), maybe(True), maybe(False))
