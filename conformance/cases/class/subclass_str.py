# str subclasses: methods of str return plain str; overrides and extra attributes work.
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
    def __len__(self):
        return 99
s = MyStr('hello')
print(s, repr(s), s.shout(), len(s), len(str(s)))
print(type(s.upper()).__name__, type(s + 'x').__name__, type(s[1:]).__name__, type(str(s)).__name__)
print(s == 'hello', 'ell' in s, s.startswith('he'), {'hello': 1}[s], f'{s:>7}')
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged('abc', 'T')
print(t, t.tag, t.upper(), isinstance(t, str), sorted(t))
class Rev(str):
    def __str__(self):
        return self[::-1]
print(Rev('abc'), str(Rev('abc')), repr(Rev('abc')), '%s' % Rev('xy'), '{}'.format(Rev('pq')))
