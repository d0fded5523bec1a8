// Value conversion in both directions, through inputs, results and external calls.
import { describe, expect, test } from 'vitest'
import { runMonty } from '../index.mjs'

const run = (code, options = {}) => runMonty(code, { print: () => {}, ...options })

describe('JS -> Python', () => {
  const cases = [
    ['null', null, 'NoneType', 'None'],
    ['undefined', undefined, 'NoneType', 'None'],
    ['true', true, 'bool', 'True'],
    ['false', false, 'bool', 'False'],
    ['small int', 42, 'int', '42'],
    ['negative int', -7, 'int', '-7'],
    ['largest safe integer', 2 ** 53, 'int', '9007199254740992'],
    ['float', 1.5, 'float', '1.5'],
    ['integral number beyond 2**53 is a float', 2 ** 60, 'float', '1.152921504606847e+18'],
    ['negative zero stays a float', -0, 'float', '-0.0'],
    ['NaN', Number.NaN, 'float', 'nan'],
    ['Infinity', Number.POSITIVE_INFINITY, 'float', 'inf'],
    ['bigint', 12345678901234567890123n, 'int', '12345678901234567890123'],
    ['negative bigint', -(2n ** 70n), 'int', '-1180591620717411303424'],
    ['small bigint', 5n, 'int', '5'],
    ['string', 'héllo 🐍', 'str', "'héllo 🐍'"],
    ['empty string', '', 'str', "''"],
    ['Uint8Array', new Uint8Array([0, 1, 255]), 'bytes', "b'\\x00\\x01\\xff'"],
    ['Buffer', Buffer.from('hi'), 'bytes', "b'hi'"],
    ['ArrayBuffer', new Uint8Array([65, 66]).buffer, 'bytes', "b'AB'"],
    ['subarray view', new Uint8Array([1, 2, 3, 4]).subarray(1, 3), 'bytes', "b'\\x02\\x03'"],
    ['array', [1, 'a', null], 'list', "[1, 'a', None]"],
    ['sparse array holes are None', Object.assign([1], { 2: 3 }), 'list', '[1, None, 3]'],
    ['object', { a: 1, b: [true] }, 'dict', "{'a': 1, 'b': [True]}"],
    ['null-prototype object', Object.assign(Object.create(null), { k: 'v' }), 'dict', "{'k': 'v'}"],
    [
      'Map',
      new Map([
        [1, 'one'],
        ['two', 2],
      ]),
      'dict',
      "{1: 'one', 'two': 2}",
    ],
    ['Set', new Set([3, 1]), 'set', '{1, 3}'],
    ['Date through toJSON', new Date(Date.UTC(2024, 0, 2)), 'str', "'2024-01-02T00:00:00.000Z'"],
    ['nested', { a: { b: { c: [new Map([['x', new Set(['y'])]])] } } }, 'dict', "{'a': {'b': {'c': [{'x': {'y'}}]}}}"],
  ]
  for (const [name, value, type, repr] of cases) {
    test(name, async () => {
      const r = await run('(type(v).__name__, repr(v))', { inputs: { v: value } })
      expect(r).toEqual([type, repr])
    })
  }
})

describe('Python -> JS', () => {
  const cases = [
    ['None', 'None', null],
    ['bool', 'True', true],
    ['int', '41 + 1', 42],
    ['int at the safe limit', '2**53', 2 ** 53],
    ['int beyond 2**53 is a BigInt', '2**53 + 1', 2n ** 53n + 1n],
    ['negative big int', '-(10**30)', -(10n ** 30n)],
    ['float', '0.1 + 0.2', 0.30000000000000004],
    ['float integral', '2.0', 2],
    ['inf', "float('inf')", Number.POSITIVE_INFINITY],
    ['str', "'x' * 3", 'xxx'],
    ['bytes', "b'\\x00ab'", new Uint8Array([0, 97, 98])],
    ['bytearray', 'bytearray(b"xy")', new Uint8Array([120, 121])],
    ['list', '[1, [2, 3]]', [1, [2, 3]]],
    ['tuple', '(1, "a")', [1, 'a']],
    ['dict with str keys', "{'a': 1, 'b': None}", { a: 1, b: null }],
    [
      'dict with other keys is a Map',
      "{1: 'one', (1, 2): 'pair'}",
      new Map([
        [1, 'one'],
        [[1, 2], 'pair'],
      ]),
    ],
    ['empty dict is an object', '{}', {}],
    ['set', '{1, 2}', new Set([1, 2])],
    ['frozenset', 'frozenset("a")', new Set(['a'])],
    ['last statement not an expression', 'x = 1', null],
    ['range as list', 'list(range(3))', [0, 1, 2]],
  ]
  for (const [name, code, expected] of cases) {
    test(name, async () => {
      expect(await run(code)).toEqual(expected)
    })
  }

  test('a __proto__ key stays a plain own property', async () => {
    const r = await run("{'__proto__': 1, 'constructor': 2}")
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype)
    expect(Object.keys(r)).toEqual(['__proto__', 'constructor'])
    // An own data property, as JSON.parse makes it: it shadows the accessor, not the prototype.
    expect(Object.getOwnPropertyDescriptor(r, '__proto__').value).toBe(1)
  })

  test('dict insertion order is kept', async () => {
    expect(Object.keys(await run("{'z': 1, 'a': 2, 'm': 3}"))).toEqual(['z', 'a', 'm'])
  })

  test('an unconvertible result is a MontyRuntimeError TypeError', async () => {
    await expect(run('class C: pass\nC()')).rejects.toMatchObject({
      name: 'MontyRuntimeError',
      type: 'TypeError',
      message: "TypeError: montybox: the program's result is a 'C' object, which has no host representation",
    })
  })
})

describe('refused JS values', () => {
  const cyclic = { a: 1 }
  cyclic.self = cyclic
  const cyclicArray = [1]
  cyclicArray.push(cyclicArray)
  let deep = []
  for (let i = 0; i < 300; i++) deep = [deep]
  class Point {
    constructor() {
      this.x = 1
    }
  }
  const cases = [
    ['function', () => 1, /is a function/],
    ['symbol', Symbol('s'), /is a symbol/],
    ['cyclic object', cyclic, /contains a cycle/],
    ['cyclic array', cyclicArray, /contains a cycle/],
    ['deep nesting', deep, /nested more than 200 levels/],
    ['class instance', new Point(), /is a Point, which cannot be passed/],
    ['Int32Array', new Int32Array(2), /is a Int32Array/],
    ['Map with an array key', new Map([[[1], 2]]), /Python cannot hash/],
  ]
  for (const [name, value, message] of cases) {
    test(`${name} input is a TypeError`, async () => {
      await expect(run('v', { inputs: { v: value } })).rejects.toThrow(TypeError)
      await expect(run('v', { inputs: { v: value } })).rejects.toThrow(message)
    })
  }

  test('a cyclic tool result raises TypeError inside Python, catchable', async () => {
    const r = await run('try:\n    get()\n    r = "no"\nexcept TypeError as e:\n    r = str(e)\nr', {
      externalFunctions: { get: () => cyclic },
    })
    expect(r).toMatch(/contains a cycle/)
  })

  test('the same object twice (not a cycle) is fine', async () => {
    const shared = { k: 1 }
    expect(await run('v', { inputs: { v: [shared, shared] } })).toEqual([{ k: 1 }, { k: 1 }])
  })
})

describe('values through external calls', () => {
  test('arguments and keyword arguments arrive converted', async () => {
    let seen
    await run("f(1, 'two', [3], {'k': b'4'}, x=None, y=2**64)", {
      externalFunctions: {
        f: (...args) => {
          seen = args
        },
      },
    })
    expect(seen).toEqual([1, 'two', [3], { k: new Uint8Array([52]) }, { x: null, y: 2n ** 64n }])
  })

  test('no kwargs object without keyword arguments', async () => {
    let n
    await run('f(1, 2)', {
      externalFunctions: {
        f: (...a) => {
          n = a.length
        },
      },
    })
    expect(n).toBe(2)
  })

  test('return values come back converted', async () => {
    const r = await run('v = f()\n(type(v["n"]).__name__, v["m"][1], v["s"] == {1, 2}, v["b"][0])', {
      externalFunctions: { f: () => ({ n: 3n, m: new Map([[1, 'x']]), s: new Set([1, 2]), b: Buffer.from([9]) }) },
    })
    expect(r).toEqual(['int', 'x', true, 9])
  })

  test('an unconvertible argument raises TypeError in Python before the call', async () => {
    let called = false
    const r = await run('try:\n    f(lambda: 1)\nexcept TypeError as e:\n    msg = str(e)\nmsg', {
      externalFunctions: {
        f: () => {
          called = true
        },
      },
    })
    expect(called).toBe(false)
    expect(r).toBe("montybox: argument 1 of 'f' is a 'function' object, which has no host representation")
  })
})
