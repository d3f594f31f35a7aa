# Special methods called directly take no keyword arguments, except the ones that do.
calls = [
    lambda: (5).__add__(1, bogus=1),
    lambda: (2.5).__neg__(bogus=1),
    lambda: 'ab'.__len__(bogus=1),
    lambda: [1].__getitem__(0, bogus=1),
    lambda: (5).__trunc__(bogus=1),
    lambda: (2.5).__floor__(bogus=1),
    lambda: (5).__format__('>3', bogus=1),
    lambda: (5).__eq__(5, bogus=1),
    lambda: (2.5).__round__(ndigits=0),
    lambda: int.__new__(int, x='7'),
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
