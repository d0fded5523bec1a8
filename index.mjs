// ES module entry point: the same API as the CommonJS one in index.js.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const montybox = require('./index.js')

export const {
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
} = montybox
export default montybox
