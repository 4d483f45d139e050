//! Running commands: echo them, fail with the command line when they fail.

use std::path::Path;
use std::process::{Command, Stdio};

/// Runs `cmd` with inherited output; an error names the command.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    eprintln!("$ {}", describe(cmd));
    let status = cmd.status().map_err(|e| format!("{}: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

/// Runs `cmd`, echoing its output as it comes and also returning it, so that a test
/// runner's summary line can be checked.
pub fn run_tee(cmd: &mut Command) -> Result<String, String> {
    use std::io::{BufRead, BufReader, Write};
    eprintln!("$ {}", describe(cmd));
    // Both streams into one pipe: wasm-pack prints its summary on either.
    let (reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    let writer2 = writer.try_clone().map_err(|e| e.to_string())?;
    let mut child = cmd.stdout(writer).stderr(writer2).spawn().map_err(|e| format!("{}: {e}", describe(cmd)))?;
    // The Command still holds the pipe's write ends; release them, or the read below never
    // sees the end of the stream.
    cmd.stdout(Stdio::inherit()).stderr(Stdio::inherit());
    let mut seen = String::new();
    for line in BufReader::new(reader).lines() {
        let line = line.unwrap_or_default();
        println!("{line}");
        let _ = std::io::stdout().flush();
        seen.push_str(&line);
        seen.push('\n');
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() {
        Ok(seen)
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

/// The output of `cmd`, or `None` if it cannot run or fails.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn exists(path: &str) -> bool {
    Path::new(path).exists()
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program().to_string_lossy().into_owned())
        .chain(cmd.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}
