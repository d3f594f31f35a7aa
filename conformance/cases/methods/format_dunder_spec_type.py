# __format__ wants a str spec; object.__init_subclass__ takes nothing; int.__round__ wants
# an integer where float.__round__ also takes None.
class K:
    pass
calls = [
    lambda: (5).__format__(None),
    lambda: (2.5).__format__(1),
    lambda: 'ab'.__format__(b'x'),
    lambda: K().__format__([]),
    lambda: (5).__format__('>3'),
    lambda: object.__init_subclass__(),
    lambda: object.__init_subclass__(1),
    lambda: (5).__round__(None),
    lambda: (2.5).__round__(None),
    lambda: (1234).__round__(-2),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
