# None's and a mapping proxy's special methods called directly.
m = {'a': 1, 'b': 2}.keys().mapping
print(None.__bool__(), m.__or__({'c': 3}), {'z': 0} | m, list(m.__reversed__()), m.__eq__({'a': 1, 'b': 2}),
      m.__eq__(1), m == {'a': 1, 'b': 2})
for f in (lambda: m.copy(bogus=1), lambda: m.get('a', x=1), lambda: m.__or__(1), lambda: m.__reversed__(1),
          lambda: None.__bool__(1), lambda: None.__format__(''), lambda: None.__format__('', 1),
          lambda: True.__format__(), lambda: (2.5).__format__('', x=1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
