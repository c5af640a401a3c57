//! Finds the PHP to build against (php-config, as ext-php-rs's build script
//! does), refuses any whose Zend API this extension's hand-laid tables were
//! not written for, and tells the crate which one it is: stacking cfg flags
//! `php83` .. `php86` (set for that version and every later one, as
//! ext-php-rs names them; PHP 8.2 sets none), read by `src/zend/` (engine
//! layouts) and `src/version.rs` (ext/sockets behaviour) only.

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
            "cannot run {bin} ({e}): install PHP's development files (Debian: php8.X-dev) \
             and set PHP_CONFIG (and PHP) to that version's php-config (and php)"
        )
    })?;
    anyhow::ensure!(out.status.success(), "{bin} {} failed", args.join(" "));
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
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

    let php_config = std::env::var("PHP_CONFIG").unwrap_or_else(|_| "php-config".to_owned());
    let api = run(&php_config, &["--phpapi"])?;
    let version = run(&php_config, &["--version"])?;
    let Some(pos) = APIS.iter().position(|(a, _, _)| *a == api) else {
        let known: Vec<String> = APIS.iter().map(|(a, v, _)| format!("{v} ({a})")).collect();
        anyhow::bail!(
            "rust_sockets supports PHP {}; {php_config} reports PHP {version}, Zend API {api}. \
             Set PHP_CONFIG (and PHP) to a supported version's php-config (and php).",
            known.join(", ")
        );
    };

    // ext-php-rs's build script generates the Zend bindings from the
    // headers php-config names but asks `php -i` (PHP, else `php` on PATH)
    // for the API version: both must be the same PHP.
    let php = std::env::var("PHP").unwrap_or_else(|_| "php".to_owned());
    let php_api = run(&php, &["-n", "-r", "echo PHP_VERSION;"]).unwrap_or_default();
    anyhow::ensure!(
        php_api == version,
        "{php} is PHP {php_api} but {php_config} is PHP {version}: set PHP to the matching php \
         binary, e.g. PHP=/usr/bin/php{} PHP_CONFIG={php_config}",
        APIS.get(pos).map(|(_, v, _)| *v).unwrap_or_default()
    );

    for (_, _, cfg) in APIS.iter().take(pos + 1) {
        if let Some(cfg) = cfg {
            println!("cargo:rustc-cfg={cfg}");
        }
    }
    println!("cargo:rustc-env=RUST_SOCKETS_PHP_VERSION={version}");
    Ok(())
}
