//! `prerender <build folder> [--public-url /guide/] [--site-url https://guide.example]`:
//! see the library's documentation. trunk's post_build hook runs it
//! (scripts/post-build.sh); the public URL defaults to trunk's, the site's
//! address to `BG_SITE_URL`.

use std::path::PathBuf;
use std::process::ExitCode;

use prerender::{build, Options, DEFAULT_SITE_URL};

fn main() -> ExitCode {
    match options().and_then(|options| build(&options)) {
        Ok(summary) => {
            println!("prerender: {summary}");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprintln!("prerender: {problems}");
            ExitCode::FAILURE
        }
    }
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut dist = None;
    let mut public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let mut site_url = std::env::var("BG_SITE_URL").unwrap_or_else(|_| DEFAULT_SITE_URL.into());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--public-url" => public_url = args.next().ok_or("--public-url needs a path")?,
            "--site-url" => site_url = args.next().ok_or("--site-url needs an address")?,
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            other => dist = Some(PathBuf::from(other)),
        }
    }
    let dist =
        dist.ok_or("usage: prerender <build folder> [--public-url /guide/] [--site-url URL]")?;
    Ok(Options {
        dist,
        public_url,
        site_url,
    })
}
