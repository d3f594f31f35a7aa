# The literals are case-sensitive and need no delimiter after them.
import json
print(json.loads('[true,false,null,NaN,Infinity,-Infinity]'))
for s in ['True', 'NULL', 'nan', 'inf', '-inf', 'truex', '[null1]', 'Infinityx', '-Inf']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e)
