fn main() {
    // Panic messages in the console in debug builds only: the hook's
    // formatting costs the release wasm (issue 14), where a panic still
    // shows as a RuntimeError (panic = "abort").
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    backend_guide::start();
}
