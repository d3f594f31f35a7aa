# dir() calls a user __dir__ and sorts the result.
class C:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid', 'alpha']

print(dir(C()))

class T:
    def __dir__(self):
        return ('b', 'a')

print(dir(T()))

class Bad:
    def __dir__(self):
        return 5

try:
    dir(Bad())
except TypeError as e:
    print(type(e).__name__, e)

def f():
    a = 1
    b = 2
    return dir()

print(f())
