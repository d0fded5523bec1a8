import json

dec = json.JSONDecoder()
print(dec.decode('{"a": [1, 2]}'), dec.raw_decode('[1] extra'), dec.raw_decode('{"x": 1}'))
print(dec.raw_decode('  [2]', 2))
try:
    dec.raw_decode(" [1]")
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    dec.decode("[1] x")
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
print(dec.strict, dec.object_hook, dec.parse_float, dec.parse_int)
class UpperKeys(json.JSONDecoder):
    def __init__(self, *args, **kwargs):
        super().__init__(object_hook=self.hook, *args, **kwargs)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=UpperKeys))
print(UpperKeys().decode('[{"x": 1}]'))
class Loose(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.replace("'", '"'))
print(json.loads("{'single': 'quotes'}", cls=Loose))
print(json.loads('{"a": "x\ty"}', cls=json.JSONDecoder, strict=False))
print(json.JSONDecoder(parse_float=str).decode("[1.25]"))
print(json.JSONDecoder(object_pairs_hook=list).decode('{"b": 1, "a": 2}'))
try:
    json.JSONDecoder(bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.loads("{}", bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
