//! The scaling probe: checks one adversarial text and reports what it cost in memory.
//!
//! `scaling FAMILY BYTES` builds `BYTES` of the family (`benches/families.rs`), runs
//! `numcheck::check` once, and prints `mentions findings peak_heap_bytes`. `cargo xtask
//! test` runs it under valgrind at 0×, 1× and 10× the base size and compares instruction
//! counts: the ratio shows whether the cost grows with the text or faster. Peak heap comes
//! from the counting allocator below, so it is exact and repeatable too. `scaling --list`
//! prints the family names.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "../benches/families.rs"]
mod families;

/// The system allocator, counting the bytes live now and at the peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--list") {
        for f in families::FAMILIES {
            println!("{}", f.name);
        }
        return;
    }
    let (Some(name), Some(bytes)) = (args.first(), args.get(1).and_then(|b| b.parse::<usize>().ok())) else {
        eprintln!("usage: scaling FAMILY BYTES | scaling --list");
        std::process::exit(2);
    };
    let Some(family) = families::find(name) else {
        eprintln!("unknown family {name}; `scaling --list` lists them");
        std::process::exit(2);
    };
    let text = families::text(family, bytes);
    let options = numcheck::Options { max_input_bytes: Some(usize::MAX), ..numcheck::Options::default() };
    // The peak counts what checking adds to the text itself.
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let report = numcheck::check(&text, &options).expect("nothing is refused under this limit");
    let peak = PEAK.load(Ordering::Relaxed) - before;
    println!("{} {} {}", report.mentions.len(), report.findings.len(), peak);
}
