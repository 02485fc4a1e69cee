fn main() {
    spool_ui::mount();
}
