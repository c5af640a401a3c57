//! Finds the PHP to build against (php-config, as ext-php-rs's build script
//! does), refuses any whose Zend API this extension's hand-laid tables were
//! not written for, and tells the crate which one it is: stacking cfg flags
//! `php83` .. `php86` (set for that version and every later one, as
//! ext-php-rs names them; PHP 8.2 sets none), read by `src/zend/` (engine
//! layouts) and `src/version.rs` (ext/sockets behaviour) only; and `php_zts`
//! for a thread-safe PHP, read by `src/zend/` only.
//!
//! Everything is read from what every PHP build installs: php-config's
//! `--include-dir` and `--version` and the headers there, never Debian's
//! `php-config --phpapi`, which php.net's php-config does not have.

use std::path::Path;
use std::process::Command;

/// The Zend module APIs supported, oldest first, with the cfg each sets.
const APIS: &[(&str, &str, Option<&str>)] = &[
    ("20220829", "8.2", None),
    ("20230831", "8.3", Some("php83")),
    ("20240924", "8.4", Some("php84")),
    ("20250925", "8.5", Some("php85")),
    ("20260924", "8.6", Some("php86")),
];

fn run(bin: &str, args: &[&str]) -> anyhow::Result<String> {
    let out = Command::new(bin).args(args).output().map_err(|e| {
        anyhow::anyhow!(
            "cannot run {bin} ({e}): install PHP's development files (Debian: php8.X-dev; \
             a PHP built from source installs them with `make install`) and set PHP_CONFIG \
             (and PHP) to that PHP's php-config (and php)"
        )
    })?;
    anyhow::ensure!(out.status.success(), "{bin} {} failed", args.join(" "));
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// The value of `#define NAME VALUE` in a header, if it is there.
fn define(header: &Path, name: &str) -> anyhow::Result<Option<String>> {
    let text = std::fs::read_to_string(header).map_err(|e| {
        anyhow::anyhow!(
            "cannot read {} ({e}): PHP's development headers are incomplete",
            header.display()
        )
    })?;
    println!("cargo:rerun-if-changed={}", header.display());
    Ok(text.lines().find_map(|line| {
        let mut words = line.split_whitespace();
        (words.next() == Some("#define") && words.next() == Some(name))
            .then(|| words.next().unwrap_or("").to_owned())
    }))
}

fn main() -> anyhow::Result<()> {
    for var in ["PHP_CONFIG", "PHP", "PATH"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    println!("cargo:rerun-if-changed=build.rs");
    for (_, _, cfg) in APIS {
        if let Some(cfg) = cfg {
            println!("cargo::rustc-check-cfg=cfg({cfg})");
        }
    }
    println!("cargo::rustc-check-cfg=cfg(php_zts)");

    let php_config = std::env::var("PHP_CONFIG").unwrap_or_else(|_| "php-config".to_owned());
    let include_dir = run(&php_config, &["--include-dir"])?;
    let version = run(&php_config, &["--version"])?;
    let include_dir = Path::new(&include_dir);
    // The API the module entry must carry (ZEND_MODULE_API_NO), as PHP
    // checks it when loading the extension.
    let api = define(
        &include_dir.join("Zend/zend_modules.h"),
        "ZEND_MODULE_API_NO",
    )?
    .unwrap_or_default();
    let Some(pos) = APIS.iter().position(|(a, _, _)| *a == api) else {
        let known: Vec<String> = APIS.iter().map(|(a, v, _)| format!("{v} ({a})")).collect();
        anyhow::bail!(
            "rust_sockets supports PHP {}; {php_config} reports PHP {version}, Zend API {api}. \
             Set PHP_CONFIG (and PHP) to a supported version's php-config (and php).",
            known.join(", ")
        );
    };
    // A thread-safe (ZTS) build defines ZTS in its configuration header.
    let zts = define(&include_dir.join("main/php_config.h"), "ZTS")?.is_some_and(|v| v == "1");

    // ext-php-rs's build script generates the Zend bindings from the
    // headers php-config names but asks `php -i` (PHP, else `php` on PATH)
    // for the API version and thread safety: both must be the same PHP.
    let php = std::env::var("PHP").unwrap_or_else(|_| "php".to_owned());
    let php_says = run(
        &php,
        &["-n", "-r", "echo PHP_VERSION, PHP_ZTS ? ' ZTS' : '';"],
    )
    .unwrap_or_default();
    let headers_say = format!("{version}{}", if zts { " ZTS" } else { "" });
    anyhow::ensure!(
        php_says == headers_say,
        "{php} is PHP {php_says} but {php_config} is PHP {headers_say}: set PHP to the matching \
         php binary, e.g. PHP=/usr/bin/php{} PHP_CONFIG={php_config}",
        APIS.get(pos).map(|(_, v, _)| *v).unwrap_or_default()
    );

    for (_, _, cfg) in APIS.iter().take(pos + 1) {
        if let Some(cfg) = cfg {
            println!("cargo:rustc-cfg={cfg}");
        }
    }
    if zts {
        println!("cargo:rustc-cfg=php_zts");
    }
    println!("cargo:rustc-env=RUST_SOCKETS_PHP_VERSION={version}");
    Ok(())
}
