//! Where forsa keeps its data and how it listens. Defaults work embedded: SQLite under
//! `./data`, listening on 127.0.0.1:8080.

use std::{
    fs,
    io::Write,
    net::SocketAddr,
    path::{Path, PathBuf},
    time::Duration,
};

use anyhow::{Context, bail};
use forsa_domain::seeker::erasure::RetentionRule;
use forsa_service::{AuthConfig, SignInLimits};
use rand::RngCore;

#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    /// `postgres://…`; SQLite under `data_dir` when absent.
    pub database_url: Option<String>,
    pub listen: SocketAddr,
    /// How many wrong passwords before waiting; tests loosen or tighten them.
    pub sign_in: SignInLimits,
    /// `FORSA_PUBLIC_ORIGIN`: the address browsers reach forsa at
    /// (`https://jobs.example.org`). When set, pages accept forms from that origin
    /// only; when not, from the host each request names.
    pub public_origin: Option<String>,
    /// The kiosk's idle time and public address.
    pub kiosk: forsa_web::KioskSettings,
    /// How long people's records are kept, and when `serve` applies the rule.
    pub retention: Retention,
}

/// The retention rule of the deployment, applied by `serve` a while after it starts
/// and then once a day.
#[derive(Debug, Clone)]
pub struct Retention {
    pub rule: RetentionRule,
    /// From the start to the first run: long enough for start-up to settle.
    pub first_after: Duration,
    pub every: Duration,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            rule: RetentionRule::default(),
            first_after: Duration::from_secs(60),
            every: Duration::from_secs(24 * 60 * 60),
        }
    }
}

impl Config {
    pub fn new(data_dir: PathBuf, database_url: Option<String>, listen: SocketAddr) -> Self {
        Self {
            data_dir,
            database_url,
            listen,
            sign_in: SignInLimits::default(),
            public_origin: None,
            kiosk: forsa_web::KioskSettings::default(),
            retention: Retention::default(),
        }
    }

    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("forsa.db").display()
            ),
        }
    }

    /// The token secret: `FORSA_SECRET` (hex, at least 32 bytes), or a random one kept
    /// in the data directory, readable by its owner only.
    pub fn load_secret(&self) -> anyhow::Result<Vec<u8>> {
        if let Ok(hex) = std::env::var("FORSA_SECRET") {
            let bytes = decode_hex(hex.trim()).context("FORSA_SECRET must be hexadecimal")?;
            if bytes.len() < 32 {
                bail!("FORSA_SECRET must hold at least 32 bytes (64 hex digits)");
            }
            return Ok(bytes);
        }
        let path = self.data_dir.join("secret");
        if path.exists() {
            let bytes = fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            if bytes.len() >= 32 {
                return Ok(bytes);
            }
        }
        let mut bytes = vec![0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        write_private(&path, &bytes)?;
        Ok(bytes)
    }

    pub fn auth(&self, secret: Vec<u8>) -> AuthConfig {
        AuthConfig {
            limits: self.sign_in.clone(),
            ..AuthConfig::new(secret)
        }
    }
}

fn decode_hex(hex: &str) -> anyhow::Result<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        bail!("odd number of hex digits");
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| Ok(u8::from_str_radix(&hex[i..i + 2], 16)?))
        .collect()
}

fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("writing {}", path.display()))?;
    file.write_all(bytes)?;
    Ok(())
}
