# feature: time
# The part of `time` written in Python: `struct_time`, the record `gmtime` and `localtime`
# return (the native `time` copies it in when it is imported).

from _structseq import _Record, _finish


class struct_time(_Record):
    __module__ = 'time'
    _typename = 'time.struct_time'
    _visible = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
                'tm_yday', 'tm_isdst')
    _hidden = ('tm_zone', 'tm_gmtoff')
    n_unnamed_fields = 0
    __match_args__ = _visible


_finish(struct_time)
