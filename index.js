/**
 * montybox: a sandboxed Python interpreter for Node.js.
 *
 * This is the public JS layer over the native addon (`binding.js`): `runMonty`, the `Monty`
 * class with its stepping API (`start`/`resume`, snapshots), and the error classes. It only
 * drives the addon: calling host functions, settling promises, printing, cancelling.
 */

const native = require('./binding.js')

const DEFAULT_SCRIPT_NAME = 'main.py'
/** How long a run may hold the main thread before it continues on a worker thread (ms). */
const MAIN_THREAD_SLICE_MS = 4
/** How long a worker step runs before reporting back (to flush output promptly) (ms). */
const WORKER_SLICE_MS = 50
/** The default of `limits.maxDurationMs` (the native default; repeated for the wall-clock timer). */
const DEFAULT_MAX_DURATION_MS = 30_000

// ---------------------------------------------------------------------------------------------
// Errors

/** Base class of every error montybox raises for a program. */
class MontyError extends Error {
  constructor(message, info = {}) {
    super(message)
    this.name = 'MontyError'
    Object.defineProperty(this, '_info', { value: info, enumerable: false })
  }
}

function lastLine(traceback, fallback) {
  const lines = (traceback || '').trimEnd().split('\n')
  return lines[lines.length - 1] || fallback
}

/** The Python source failed to compile (`SyntaxError`, `IndentationError`, `TabError`). */
class MontySyntaxError extends MontyError {
  constructor(info) {
    super(lastLine(info.traceback, `${info.type}: ${info.message}`), info)
    this.name = 'MontySyntaxError'
    /** The Python exception type name. */
    this.type = info.type
    /** The exception's own message (`str(exc)`). */
    this.pythonMessage = info.message
    /** The report exactly as CPython prints it. */
    this.traceback = info.traceback
    /** Where the error is. */
    this.frames = info.frames || []
  }

  /** `{ type, message }` of the Python exception. */
  get exception() {
    return { type: this.type, message: this.pythonMessage }
  }

  display(format = 'traceback') {
    return display(this, format)
  }
}

/** A Python exception escaped the program. */
class MontyRuntimeError extends MontyError {
  constructor(info) {
    super(lastLine(info.traceback, `${info.type}: ${info.message}`), info)
    this.name = 'MontyRuntimeError'
    this.type = info.type
    this.pythonMessage = info.message
    this.traceback = info.traceback
    /** The traceback's frames, outermost first. */
    this.frames = info.frames || []
  }

  get exception() {
    return { type: this.type, message: this.pythonMessage }
  }

  display(format = 'traceback') {
    return display(this, format)
  }
}

function display(err, format) {
  if (format === 'traceback') return err.traceback
  if (format === 'type-msg') return lastLine(err.traceback, err.type)
  if (format === 'msg') return err.pythonMessage
  throw new TypeError(`montybox: unknown display format '${format}'`)
}

/** A resource limit was exceeded; `kind` says which: 'duration', 'memory', 'allocations' or 'recursion'. */
class MontyResourceError extends MontyError {
  constructor(info) {
    super(info.message, info)
    this.name = 'MontyResourceError'
    this.kind = info.limit
  }
}

/** The run was cancelled (its `AbortSignal` aborted, or `cancel()` was called). */
class MontyCancelledError extends MontyError {
  constructor(message = 'the run was cancelled', reason) {
    super(message)
    this.name = 'MontyCancelledError'
    if (reason !== undefined) this.reason = reason
  }
}

function toError(info, signal) {
  switch (info.kind) {
    case 'syntax':
      return new MontySyntaxError(info)
    case 'runtime':
      return new MontyRuntimeError(info)
    case 'resource':
      return new MontyResourceError(info)
    case 'cancelled':
      return new MontyCancelledError(info.message, signal ? signal.reason : undefined)
    default:
      return new MontyError(info.message, info)
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function compile(code, scriptName, inputNames) {
  if (typeof code !== 'string') throw new TypeError('montybox: code must be a string')
  if (typeof scriptName !== 'string') throw new TypeError('montybox: scriptName must be a string')
  // A program token (an opaque handle), or the ErrorInfo of a syntax error.
  const r = native.compileProgram(code, scriptName, inputNames)
  if (typeof r.kind === 'string') throw toError(r)
  return r
}

function defaultPrint(text) {
  process.stdout.write(text)
}

function flush(result, print) {
  const out = result.output
  if (out) for (const text of out) print(text)
}

function isThenable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function'
}

/** The Python exception a JS error becomes: its `name` (if a Python type) and `message`. */
function errorParts(err) {
  if (err instanceof Error || (err && typeof err === 'object')) {
    const name = typeof err.name === 'string' && err.name ? err.name : 'RuntimeError'
    const message = typeof err.message === 'string' ? err.message : String(err)
    return [name, message]
  }
  return ['RuntimeError', String(err)]
}

function callArgs(step) {
  return step.kwargs ? [...step.args, step.kwargs] : step.args
}

/** What `checkFunctions` returns for no functions (shared: nothing to allocate per run). */
const NO_FUNCTIONS = Object.freeze({})

function checkFunctions(externalFunctions) {
  if (externalFunctions === undefined || externalFunctions === null) return NO_FUNCTIONS
  if (typeof externalFunctions !== 'object') {
    throw new TypeError('montybox: externalFunctions must be an object of functions')
  }
  for (const [name, fn] of Object.entries(externalFunctions)) {
    if (typeof fn !== 'function') {
      throw new TypeError(`montybox: externalFunctions.${name} must be a function`)
    }
  }
  return externalFunctions
}

/** The names a run declares as host functions: the program's own plus those given now. */
function functionNames(declared, functions) {
  if (functions === NO_FUNCTIONS) return declared
  let names = declared
  for (const name of Object.keys(functions)) {
    if (names.includes(name)) continue
    if (names === declared) names = [...declared]
    names.push(name)
  }
  return names
}

/** Throws the error for a failed run's `ErrorInfo` (called by the addon's synchronous run). */
function throwStepError(info) {
  throw toError(info)
}

/** What `checkInputs` returns for no inputs; the native side is then given nothing to convert. */
const NO_INPUTS = Object.freeze({})

function checkInputs(inputs) {
  if (inputs === undefined || inputs === null) return NO_INPUTS
  if (typeof inputs !== 'object' || Array.isArray(inputs)) {
    throw new TypeError('montybox: inputs must be an object of global variable values')
  }
  for (const _ in inputs) return inputs
  return NO_INPUTS
}

// ---------------------------------------------------------------------------------------------
// The async driver

/**
 * Drives a started native run to completion: calls host functions, keeps their promises in
 * flight together, resumes the program as each one settles, and keeps the event loop free.
 */
/**
 * Starts a run and drives it. The first slice runs with the start in one native call, so a
 * short program that needs no host call costs no more than that call.
 */
async function startAndDrive(program, inputValues, names, functions, print, signal, limits, grants) {
  const values = inputValues === NO_INPUTS ? undefined : inputValues
  const first = native.NativeRun.startAndStep(program, values, names, limits, grants, MAIN_THREAD_SLICE_MS)
  if (first.kind === 'complete') {
    flush(first, print)
    return first.value
  }
  if (first.kind === 'error') {
    flush(first, print)
    throw toError(first.error, signal)
  }
  return drive(first.run, functions, print, signal, limits, first)
}

async function drive(run, functions, print, signal, limits, firstStep = null) {
  const settled = []
  let wake = null
  const inFlight = new Set()
  let aborted = false
  const onAbort = () => {
    aborted = true
    run.cancel()
    if (wake) wake()
  }
  // With `wallClock`, waiting for tools counts too: a timer ends the run even while it waits.
  let wallTimer = null
  let wallExpired = false
  if (limits?.wallClock === true) {
    const ms = limits.maxDurationMs === undefined ? DEFAULT_MAX_DURATION_MS : limits.maxDurationMs
    if (typeof ms === 'number') {
      wallTimer = setTimeout(() => {
        wallExpired = true
        onAbort()
      }, ms)
    }
  }
  if (signal) {
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  }
  let onWorker = false
  try {
    for (;;) {
      // Hand every settled promise to the program before it continues.
      while (settled.length > 0) {
        const s = settled.shift()
        inFlight.delete(s.id)
        if (s.ok) run.resolve(s.id, s.value)
        else run.reject(s.id, s.type, s.message)
      }
      let step = firstStep
      firstStep = null
      if (step === null) step = onWorker ? await run.stepAsync(WORKER_SLICE_MS) : run.step(MAIN_THREAD_SLICE_MS)
      flush(step, print)
      switch (step.kind) {
        case 'complete':
          return step.value
        case 'error':
          if (wallExpired && step.error.kind === 'cancelled') {
            const ms = limits.maxDurationMs === undefined ? DEFAULT_MAX_DURATION_MS : limits.maxDurationMs
            throw new MontyResourceError({ limit: 'duration', message: `time limit exceeded (${ms} ms)` })
          }
          throw toError(step.error, signal)
        case 'yield':
          // A long computation: continue off the main thread.
          onWorker = true
          break
        case 'call': {
          const fn = Object.hasOwn(functions, step.name) ? functions[step.name] : undefined
          if (fn === undefined) {
            run.answerError(step.id, 'NameError', `name '${step.name}' is not defined`)
            break
          }
          let result
          try {
            result = fn(...callArgs(step))
          } catch (err) {
            const [type, message] = errorParts(err)
            run.answerError(step.id, type, message)
            break
          }
          if (isThenable(result)) {
            const id = step.id
            run.answerLater(id)
            inFlight.add(id)
            Promise.resolve(result).then(
              (value) => {
                settled.push({ id, ok: true, value })
                if (wake) wake()
              },
              (err) => {
                const [type, message] = errorParts(err)
                settled.push({ id, ok: false, type, message })
                if (wake) wake()
              },
            )
          } else {
            run.answer(step.id, result)
          }
          // Tool calls are quick to hand over; go back to the main-thread fast path.
          onWorker = false
          break
        }
        case 'waiting':
          if (settled.length === 0) {
            if (aborted) {
              // The cancel flag is set: the next step reports the cancellation.
              break
            }
            await new Promise((resolve) => {
              wake = resolve
            })
            wake = null
          }
          break
        default:
          throw new MontyError(`montybox: unexpected step '${step.kind}'`)
      }
    }
  } finally {
    if (signal) signal.removeEventListener('abort', onAbort)
    if (wallTimer) clearTimeout(wallTimer)
  }
}

/**
 * Runs Python `code` and resolves with the value of its last expression statement.
 *
 * @param {string} code
 * @param {import('./index').RunMontyOptions} [options]
 * @returns {Promise<any>}
 */
async function runMonty(code, options = {}) {
  const {
    inputs,
    externalFunctions,
    print = defaultPrint,
    limits,
    grants,
    scriptName = DEFAULT_SCRIPT_NAME,
    signal,
  } = options
  const functions = checkFunctions(externalFunctions)
  const inputValues = checkInputs(inputs)
  if (typeof print !== 'function') throw new TypeError('montybox: print must be a function')
  if (signal?.aborted) {
    throw new MontyCancelledError('the run was cancelled before it started', signal.reason)
  }
  const program = compile(code, scriptName, Object.keys(inputValues))
  return startAndDrive(program, inputValues, Object.keys(functions), functions, print, signal, limits, grants)
}

// ---------------------------------------------------------------------------------------------
// The lower-level API

/** A compiled program: compile once, run many times. */
class Monty {
  /**
   * @param {string} code
   * @param {import('./index').MontyOptions} [options]
   */
  constructor(code, options = {}) {
    const { scriptName = DEFAULT_SCRIPT_NAME, inputs = [], externalFunctions = [] } = options
    if (!Array.isArray(inputs)) throw new TypeError('montybox: inputs must be an array of names')
    if (!Array.isArray(externalFunctions)) {
      throw new TypeError('montybox: externalFunctions must be an array of names')
    }
    this._program = compile(code, scriptName, inputs)
    this._functions = [...externalFunctions]
  }

  /** The name tracebacks show for the program. */
  get scriptName() {
    return native.programScriptName(this._program)
  }

  /** The input names given at compile time. */
  get inputs() {
    return native.programInputNames(this._program)
  }

  /** The host function names `start()` declares. */
  get externalFunctions() {
    return [...this._functions]
  }

  _start(inputs, names, limits, grants) {
    const values = checkInputs(inputs)
    return native.NativeRun.start(this._program, values, names, limits, grants)
  }

  /**
   * Runs synchronously; external functions must return values (not promises).
   * @param {import('./index').RunOptions} [options]
   */
  run(options = {}) {
    const { inputs, externalFunctions, limits, grants, print = defaultPrint } = options
    const functions = checkFunctions(externalFunctions)
    if (typeof print !== 'function') throw new TypeError('montybox: print must be a function')
    const names = functionNames(this._functions, functions)
    const values = checkInputs(inputs)
    // The whole run is one native call: the addon calls the host functions and `print` itself.
    return native.runSync(
      this._program,
      values === NO_INPUTS ? undefined : values,
      names,
      functions,
      limits,
      grants,
      print,
      errorParts,
      throwStepError,
    )
  }

  /**
   * Runs with sync or async external functions, like `runMonty` but without recompiling.
   * @param {import('./index').RunMontyOptions} [options]
   */
  async runAsync(options = {}) {
    const { inputs, externalFunctions, limits, grants, print = defaultPrint, signal } = options
    const functions = checkFunctions(externalFunctions)
    if (signal?.aborted) {
      throw new MontyCancelledError('the run was cancelled before it started', signal.reason)
    }
    const names = functionNames(this._functions, functions)
    return startAndDrive(this._program, checkInputs(inputs), names, functions, print, signal, limits, grants)
  }

  /**
   * Starts the program and returns where it stopped: a call to answer (`MontySnapshot`),
   * calls answered later to settle (`MontyFutureSnapshot`), or the result (`MontyComplete`).
   * @param {import('./index').StartOptions} [options]
   */
  start(options = {}) {
    const { inputs, limits, grants, print = defaultPrint } = options
    const run = this._start(inputs, this._functions, limits, grants)
    return advance(run, print)
  }

  /** Serializes the compiled program (give the external function names again to `load`). */
  dump() {
    return native.programDump(this._program)
  }

  /**
   * Loads a program serialized by `dump()`.
   * @param {Uint8Array} bytes
   * @param {{ externalFunctions?: string[] }} [options]
   */
  static load(bytes, options = {}) {
    const { externalFunctions = [] } = options
    if (!Array.isArray(externalFunctions)) {
      throw new TypeError('montybox: externalFunctions must be an array of names')
    }
    const m = Object.create(Monty.prototype)
    m._program = native.loadProgramBytes(bytes)
    m._functions = [...externalFunctions]
    return m
  }

  /** The bytecode listing of the program. */
  disassemble() {
    return native.programDisassemble(this._program)
  }

  repr() {
    return `Monty(scriptName=${JSON.stringify(this.scriptName)})`
  }
}

/** Steps a run until it pauses or completes and wraps the outcome. */
function advance(run, print) {
  for (;;) {
    const step = run.step(null)
    flush(step, print)
    switch (step.kind) {
      case 'complete':
        return new MontyComplete(step.value)
      case 'error':
        throw toError(step.error)
      case 'call':
        return new MontySnapshot(run, step, print)
      case 'waiting':
        return new MontyFutureSnapshot(run, step.ids, print)
      default:
        // 'yield' never happens without a budget; keep stepping if it does.
        break
    }
  }
}

class Paused {
  constructor(run, print) {
    this._run = run
    this._print = print
    this._used = false
  }

  _take() {
    if (this._used) throw new MontyError('montybox: this snapshot has already been resumed')
    this._used = true
    return this._run
  }

  /** The name tracebacks show for the program. */
  get scriptName() {
    return this._run.scriptName
  }

  /** The paused run as bytes, to `load` (in any process) and resume later. */
  dump() {
    return this._run.dump()
  }
}

/** A run paused at a call of an external function. */
class MontySnapshot extends Paused {
  constructor(run, step, print) {
    super(run, print)
    this.callId = step.id
    this.functionName = step.name
    this.args = step.args
    this.kwargs = step.kwargs || {}
  }

  /**
   * Answers the call and continues.
   * @param {import('./index').ResumeOptions} answer
   */
  resume(answer) {
    if (!answer || typeof answer !== 'object') {
      throw new TypeError('montybox: resume() takes { returnValue }, { exception } or { future: true }')
    }
    const run = this._take()
    if (answer.exception) {
      const { type = 'RuntimeError', message = '' } = answer.exception
      run.answerError(this.callId, String(type), String(message))
    } else if (answer.future) {
      run.answerLater(this.callId)
    } else {
      run.answer(this.callId, answer.returnValue)
    }
    return advance(run, this._print)
  }

  /**
   * Loads a snapshot paused at a call.
   * @param {Uint8Array} bytes
   * @param {import('./index').SnapshotLoadOptions} [options]
   */
  static load(bytes, options = {}) {
    const p = loadSnapshot(bytes, options)
    if (!(p instanceof MontySnapshot)) {
      throw new TypeError('montybox: the snapshot is not paused at a call (use loadSnapshot)')
    }
    return p
  }

  repr() {
    return `MontySnapshot(functionName=${JSON.stringify(this.functionName)}, callId=${this.callId})`
  }
}

/** A run whose tasks all wait on calls that were answered "later". */
class MontyFutureSnapshot extends Paused {
  constructor(run, ids, print) {
    super(run, print)
    /** Ids of the calls the program waits on. */
    this.pendingCallIds = ids
  }

  /**
   * Settles some or all of the pending calls and continues.
   * @param {{ results: Record<number, import('./index').ResumeOptions> }} options
   */
  resume(options) {
    const results = options?.results
    if (!results || typeof results !== 'object') {
      throw new TypeError('montybox: resume() takes { results: { [callId]: { returnValue } | { exception } } }')
    }
    const run = this._take()
    for (const [key, r] of Object.entries(results)) {
      const id = Number(key)
      if (r?.exception) {
        const { type = 'RuntimeError', message = '' } = r.exception
        run.reject(id, String(type), String(message))
      } else {
        run.resolve(id, r?.returnValue)
      }
    }
    return advance(run, this._print)
  }

  static load(bytes, options = {}) {
    const p = loadSnapshot(bytes, options)
    if (!(p instanceof MontyFutureSnapshot)) {
      throw new TypeError('montybox: the snapshot is not waiting on calls (use loadSnapshot)')
    }
    return p
  }

  repr() {
    return `MontyFutureSnapshot(pendingCallIds=${JSON.stringify(this.pendingCallIds)})`
  }
}

/** A finished run. */
class MontyComplete {
  constructor(output) {
    /** The value of the program's last expression statement. */
    this.output = output
  }

  repr() {
    return 'MontyComplete()'
  }
}

/**
 * Loads a paused run from bytes made by a snapshot's `dump()`.
 * @param {Uint8Array} bytes
 * @param {import('./index').SnapshotLoadOptions} [options]
 */
function loadSnapshot(bytes, options = {}) {
  const { print = defaultPrint, limits, grants } = options
  const run = native.NativeRun.load(bytes, limits, grants)
  const call = run.pendingCall()
  if (call) return new MontySnapshot(run, call, print)
  return new MontyFutureSnapshot(run, run.outstandingCalls(), print)
}

module.exports = {
  runMonty,
  Monty,
  MontySnapshot,
  MontyFutureSnapshot,
  MontyComplete,
  loadSnapshot,
  MontyError,
  MontySyntaxError,
  MontyRuntimeError,
  MontyResourceError,
  MontyCancelledError,
}
