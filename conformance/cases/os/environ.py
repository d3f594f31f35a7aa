# environ maps names to values; getenv reads it with a default; keys must be str.
import os
os.environ['UPY_CASE_VAR'] = 'value'
print(os.environ['UPY_CASE_VAR'], os.getenv('UPY_CASE_VAR'), 'UPY_CASE_VAR' in os.environ)
print(os.environ.get('UPY_CASE_NOPE'), os.getenv('UPY_CASE_NOPE'), os.getenv('UPY_CASE_NOPE', 5))
print(os.getenv(key='UPY_CASE_VAR'), os.getenv('UPY_CASE_NOPE', default='d'))
del os.environ['UPY_CASE_VAR']
print(os.getenv('UPY_CASE_VAR'), 'UPY_CASE_VAR' in os.environ)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
for call in [lambda: os.getenv(1), lambda: os.getenv(), lambda: os.environ['UPY_CASE_NOPE'],
             lambda: os.getenv(b'x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
