# __module__ is '__main__' for a script's classes; __doc__ is the docstring or None.
class WithDoc:
    """The docstring."""
    def m(self):
        """Method doc."""

class NoDoc:
    x = 1

class NotFirst:
    x = 1
    """not a docstring"""

print(WithDoc.__module__, NoDoc.__module__)
print(repr(WithDoc.__doc__), repr(NoDoc.__doc__), repr(NotFirst.__doc__))
print(WithDoc.m.__doc__, WithDoc().__doc__)
print(WithDoc().__module__)
class Sub(WithDoc):
    pass
print(Sub.__doc__)
