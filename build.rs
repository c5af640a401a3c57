//! Refuses to build against anything but the PHP this extension's arginfo and
//! object layout were written for (PHP 8.2, Zend API 20220829), with a message
//! that says what to install, instead of a .so that PHP would reject at load.

use std::process::Command;

const WANTED_API: &str = "20220829";

fn php_config(arg: &str) -> anyhow::Result<String> {
    let bin = std::env::var("PHP_CONFIG").unwrap_or_else(|_| "php-config".to_owned());
    let out = Command::new(&bin).arg(arg).output().map_err(|e| {
        anyhow::anyhow!("cannot run {bin} ({e}): install php8.2-dev (apt-get install php8.2-dev)")
    })?;
    anyhow::ensure!(out.status.success(), "{bin} {arg} failed");
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn main() -> anyhow::Result<()> {
    println!("cargo:rerun-if-env-changed=PHP_CONFIG");
    println!("cargo:rerun-if-changed=build.rs");
    println!(
        "cargo:rustc-env=RUST_SOCKETS_PHP_VERSION={}",
        php_config("--version")?
    );
    let api = php_config("--phpapi")?;
    anyhow::ensure!(
        api == WANTED_API,
        "rust_sockets is written for PHP 8.2 (Zend API {WANTED_API}); php-config reports API {api}. \
         Set PHP_CONFIG to PHP 8.2's php-config."
    );
    Ok(())
}
