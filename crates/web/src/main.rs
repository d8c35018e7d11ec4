//! Entry point of the playground page: mounts [`App`] on `<body>`.

use coroscope_web::App;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
