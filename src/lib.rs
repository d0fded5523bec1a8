//! The Node.js binding of montybox. It converts values between JavaScript and Python and drives
//! the core's stepping API; it holds no interpreter logic.
