//! `cargo xtask`: the project's build tool — one command runs what CI runs.
//!
//! ```text
//! cargo xtask install   install what the build and the tests need (idempotent)
//! cargo xtask build     build the wasm package into www/pkg, report its size, precompress the page,
//!                       and write the browser extension (target/extension: unpacked and zipped)
//! cargo xtask serve     install, build, and serve the demo page (prints its URL)
//! cargo xtask test      install, build, and run every test suite
//! cargo xtask bench     run the benchmarks (native and wasm) and print their figures
//! cargo xtask scaling   only the scaling suite (instruction counts under valgrind)
//! cargo xtask fuzz [S]  only the fuzz targets (S seconds each; wasm-pack.toml's budget by default)
//! ```
//!
//! Every tool version, path and flag comes from `wasm-pack.toml` (see `config.rs`); this
//! crate only decides the order of things. It has two dependencies (serde, toml) so that it
//! compiles in seconds on a fresh machine.

mod config;
mod extension;
mod fuzz;
mod install;
mod scaling;
mod sh;
mod tasks;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let root = config::repo_root();
    let result = config::Config::load(&root).and_then(|cfg| match task {
        "install" => install::all(&root, &cfg),
        "build" => install::all(&root, &cfg).and_then(|_| tasks::build_wasm(&root, &cfg).map(|_| ())),
        "serve" => tasks::serve(&root, &cfg, &args[1..]),
        "test" => tasks::test(&root, &cfg),
        "bench" => tasks::bench(&root, &cfg),
        "fuzz" => {
            let seconds = args.get(1).map(|s| s.parse::<u64>().map_err(|_| format!("not a number of seconds: {s}")));
            match seconds.transpose() {
                Ok(seconds) => fuzz::run(&root, &cfg, seconds).and_then(|(_, failed)| {
                    if failed == 0 {
                        Ok(())
                    } else {
                        Err(format!("{failed} fuzz targets failed"))
                    }
                }),
                Err(e) => Err(e),
            }
        }
        "scaling" => scaling::run(&root, &cfg).and_then(|(_, failed)| {
            if failed == 0 {
                Ok(())
            } else {
                Err(format!("{failed} families scale badly"))
            }
        }),
        "help" | "--help" | "-h" => {
            println!("usage: cargo xtask <install|build|serve|test|bench|scaling|fuzz>");
            Ok(())
        }
        other => Err(format!("unknown task '{other}'; try: install, build, serve, test, bench, scaling, fuzz")),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
