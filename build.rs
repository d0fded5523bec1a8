//! Sets up linking of the Node-API addon.
fn main() {
    napi_build::setup();
}
