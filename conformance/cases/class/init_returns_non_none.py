# __init__ must return None; any other value is a TypeError raised after __init__ ran.
ran = []
class A:
    def __init__(self):
        ran.append('A')
        return 5
try:
    A()
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __init__(self):
        return 'x'
try:
    B()
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __init__(self):
        return None
print(type(C()).__name__, ran)
