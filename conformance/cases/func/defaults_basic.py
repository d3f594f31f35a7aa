def greet(name, greeting="hello", punct="!"):
    return greeting + " " + name + punct
print(greet("bob"))
print(greet("bob", "hi"))
print(greet("bob", "hi", "?"))
def zero(a=0, b=0):
    return a + b
print(zero(), zero(1), zero(1, 2))
