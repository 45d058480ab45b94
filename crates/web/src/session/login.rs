use askama::Template;
use axum::{
    Form,
    extract::{Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{AppendHeaders, IntoResponse, Redirect, Response},
};
use forsa_domain::organisation::LoginAttempt;
use forsa_edge::ClientAddr;
use forsa_service::ServiceError;
use serde::Deserialize;

use crate::{
    AppState,
    assets::stylesheet_href,
    cookies,
    error::PageError,
    html,
    i18n::Tr,
    visitor::{Shell, Visitor},
};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    t: Tr,
    shell: Shell,
    css: String,
    title: String,
    email: String,
    notice: Option<String>,
    error: Option<String>,
}

impl LoginPage {
    fn new(visitor: &Visitor, email: String) -> Self {
        Self {
            t: visitor.tr,
            shell: Shell::for_visitor(visitor),
            css: stylesheet_href(),
            title: visitor.tr.text("login-title"),
            email,
            notice: None,
            error: None,
        }
    }
}

#[derive(Deserialize)]
pub struct FormQuery {
    session: Option<String>,
}

/// The sign-in form; a visitor already signed in goes home.
pub async fn form(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<FormQuery>,
) -> Response {
    if visitor.signed_in.is_some() {
        return Redirect::to("/").into_response();
    }
    let mut page = LoginPage::new(&visitor, String::new());
    if visitor.session_ended || query.session.as_deref() == Some("ended") {
        page.notice = Some(visitor.tr.text("login-session-ended"));
    }
    let response = html(StatusCode::OK, &page);
    if visitor.session_ended {
        return (
            [(header::SET_COOKIE, state.site.ended_session_cookie())],
            response,
        )
            .into_response();
    }
    response
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// A sign-in attempt: home with the session cookie, or the form again with the
/// reason in the page's language.
pub async fn login(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddr(address): ClientAddr,
    Form(input): Form<LoginForm>,
) -> Result<Response, PageError> {
    let attempt = LoginAttempt {
        email: input.email.clone(),
        password: input.password,
    };
    let tr = visitor.tr;
    let (status, message, retry_after) = match state.service.login(attempt, address).await {
        Ok(signed_in) => {
            let seconds = i64::try_from(signed_in.expires_in.as_secs()).unwrap_or(i64::MAX);
            // Two cookies: an array of headers would keep only the last.
            return Ok((
                AppendHeaders([
                    (
                        header::SET_COOKIE,
                        state.site.session_cookie(&signed_in.token, seconds),
                    ),
                    (header::SET_COOKIE, cookies::language(signed_in.user.locale)),
                ]),
                Redirect::to("/"),
            )
                .into_response());
        }
        Err(ServiceError::Unauthenticated) => {
            (StatusCode::UNAUTHORIZED, tr.text("login-failed"), None)
        }
        Err(ServiceError::Invalid(_)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            tr.text("login-missing"),
            None,
        ),
        Err(ServiceError::RateLimited(wait)) => {
            let seconds = wait.as_secs().max(1);
            (
                StatusCode::TOO_MANY_REQUESTS,
                tr.text_with("login-rate-limited", "seconds", seconds),
                Some(seconds),
            )
        }
        Err(other) => return Err(other.into()),
    };
    let mut page = LoginPage::new(&visitor, input.email);
    page.error = Some(message);
    let mut response = html(status, &page);
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    Ok(response)
}
