//! Attribution throughput (filled in below).
fn main() {}
