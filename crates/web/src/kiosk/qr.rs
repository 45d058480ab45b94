//! `GET /kiosk/qr/{code}.svg`: a QR code of an open vacancy's public address, drawn
//! as SVG, so that a phone can take the job away from the shared screen.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use qrcode::{QrCode, render::svg};

use forsa_edge::PublicOrigin;

use super::super::error::{PageError, error_page};
use crate::AppState;

pub async fn qr(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some(code) = file.strip_suffix(".svg") else {
        return Ok(error_page(StatusCode::NOT_FOUND, "error-not-found"));
    };
    // Only for a vacancy that is open: no codes for anything else.
    let vacancy = state.service.public_vacancy(code).await?;
    let origin = origin(
        state.site.public_origin().map(PublicOrigin::as_str),
        &headers,
    );
    let address = format!("{origin}/kiosk?code={}", vacancy.code.as_str());
    let Ok(qr) = QrCode::new(address.as_bytes()) else {
        tracing::error!("a vacancy address did not fit a QR code");
        return Ok(error_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            "error-internal",
        ));
    };
    let image = qr
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        image,
    )
        .into_response())
}

/// The configured public origin (`FORSA_PUBLIC_ORIGIN`), else the one this request came to. A Host that is
/// not a plain host name and port is not used.
fn origin(configured: Option<&str>, headers: &HeaderMap) -> String {
    if let Some(origin) = configured {
        return origin.to_owned();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .filter(|host| {
            !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue, header};

    use super::origin;

    #[test]
    fn the_qr_address_uses_a_clean_host_or_the_configured_url() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("10.0.0.5:8080"));
        assert_eq!(origin(None, &headers), "http://10.0.0.5:8080");
        assert_eq!(
            origin(Some("https://jobs.example.org"), &headers),
            "https://jobs.example.org"
        );
        headers.insert(header::HOST, HeaderValue::from_static("evil.test/x?"));
        assert_eq!(origin(None, &headers), "http://localhost");
    }
}
