# object.__init_subclass__ refuses keywords, naming object when reached through it, and a
# class statement's unknown keyword reaches it the same way.
class A:
    pass


try:
    object.__init_subclass__(bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    class B(A, bogus=1):
        pass
except TypeError as e:
    print("TypeError", e)
