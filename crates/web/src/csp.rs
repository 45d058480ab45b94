//! The Content-Security-Policy every answer carries: scripts and stylesheets from this
//! site only, no inline script at all, and the two inline stylesheets (the kiosk's,
//! for its first paint, and the error page's) allowed by their hashes, never by
//! `'unsafe-inline'`.

use base64::{Engine, engine::general_purpose::STANDARD};
use sha2::{Digest, Sha256};

/// The policy, as the `Content-Security-Policy` header's value.
pub fn content_security_policy() -> String {
    let styles: Vec<String> = [crate::kiosk::shell::STYLE.as_str(), crate::error::STYLE]
        .iter()
        .map(|style| format!("'sha256-{}'", STANDARD.encode(Sha256::digest(style))))
        .collect();
    format!(
        "default-src 'self'; script-src 'self'; style-src 'self' {}; img-src 'self' data:; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        styles.join(" ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_styles_are_allowed_by_hash_only() {
        let policy = content_security_policy();
        assert!(!policy.contains("unsafe"), "{policy}");
        assert_eq!(policy.matches("'sha256-").count(), 2, "{policy}");
        assert!(policy.contains("frame-ancestors 'none'"));
    }
}
