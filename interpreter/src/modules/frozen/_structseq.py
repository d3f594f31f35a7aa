# feature: os time
# Records as CPython's structseq types are (`os.stat_result`, `time.struct_time`): a tuple of
# the visible fields that also has fields reachable by name only. `os.stat_result` is ten
# items long, and `st_atime` reads as a float while item 7 is the whole seconds.
#
# A record class sets `_typename` (its full name, as its repr shows it), `_visible` and
# `_hidden`, then passes through `_finish`, which adds the fields' properties.


_NOTHING = object()


def _bind(args, kwargs):
    # The arguments `structseq(sequence, dict=...)` binds, with CPython's messages.
    given = len(args) + len(kwargs)
    if given > 2:
        raise TypeError('structseq() takes at most 2 arguments (%d given)' % given)
    bound = list(args) + [_NOTHING] * (2 - len(args))
    for key, value in kwargs.items():
        if key not in ('sequence', 'dict'):
            raise TypeError("'%s' is an invalid keyword argument for structseq()" % key)
        i = 0 if key == 'sequence' else 1
        if i < len(args):
            raise TypeError("argument for structseq() given by name ('%s') and position (%d)"
                            % (key, i + 1))
        bound[i] = value
    if bound[0] is _NOTHING:
        raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
    return bound


class _Record(tuple):
    # Set by each record class: its full name, the visible fields (their names, None for
    # those with no attribute of their own) and the fields reachable by name only.
    _typename = ''
    _visible = ()
    _hidden = ()

    def __new__(cls, *args, **kwargs):
        sequence, fields = _bind(args, kwargs)
        if fields is not _NOTHING and type(fields) is not dict:
            raise TypeError('%s() takes a dict as second arg, if any' % cls._typename)
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        low = len(cls._visible)
        high = low + len(cls._hidden)
        n = len(items)
        if low == high and n != low:
            raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                            % (cls._typename, low, n))
        if n < low:
            raise TypeError('%s() takes an at least %d-sequence (%d-sequence given)'
                            % (cls._typename, low, n))
        if n > high:
            raise TypeError('%s() takes an at most %d-sequence (%d-sequence given)'
                            % (cls._typename, high, n))
        self = tuple.__new__(cls, items[:low])
        extra = list(items[low:])
        for name in cls._hidden[len(extra):]:
            extra.append(None if fields is _NOTHING else fields.get(name))
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        parts = []
        for name, value in zip(self._visible, self):
            parts.append('%s=%r' % (name, value))
        return '%s(%s)' % (self._typename, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (tuple(self), dict(zip(self._hidden, self._extra))))


def _visible_field(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _hidden_field(i):
    return property(lambda self: self._extra[i])


def _finish(cls):
    for i, name in enumerate(cls._visible):
        setattr(cls, name, _visible_field(i))
    for i, name in enumerate(cls._hidden):
        setattr(cls, name, _hidden_field(i))
    cls.n_sequence_fields = len(cls._visible)
    cls.n_fields = len(cls._visible) + len(cls._hidden)
    return cls
