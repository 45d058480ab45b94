use axum::{
    Json,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use forsa_domain::organisation::LoginAttempt;
use forsa_domain::organisation::User;
use serde::Serialize;
use utoipa::ToSchema;

use super::{
    ApiResult,
    openapi::{Invalid, Malformed, RateLimited, Unauthenticated},
};
use forsa_edge::ClientAddr;

use crate::{
    AppState,
    extract::{ApiJson, Auth},
};

/// A successful sign-in: send the token as `Authorization: Bearer <token>`.
#[derive(Serialize, ToSchema)]
pub struct LoginResponse {
    pub token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the token expires.
    pub expires_in: i64,
    pub user: User,
}

/// Signs in. Unknown emails, wrong passwords and disabled accounts get the same 401.
/// Browsers also get the token as an HttpOnly session cookie.
#[utoipa::path(
    post,
    path = "/auth/login",
    tag = "auth",
    security(()),
    request_body = LoginAttempt,
    responses(
        (status = 200, description = "Signed in", body = LoginResponse,
            headers(("Set-Cookie" = String, description = "The session cookie, for browsers"))),
        Malformed, Unauthenticated, Invalid, RateLimited,
    )
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddr(address): ClientAddr,
    ApiJson(attempt): ApiJson<LoginAttempt>,
) -> ApiResult {
    let signed_in = state.service.login(attempt, address).await?;
    let seconds = i64::try_from(signed_in.expires_in.as_secs()).unwrap_or(i64::MAX);
    let cookie = state.site.session_cookie(&signed_in.token, seconds);
    let body = LoginResponse {
        token: signed_in.token,
        token_type: "Bearer",
        expires_in: seconds,
        user: signed_in.user,
    };
    Ok(([(header::SET_COOKIE, cookie)], Json(body)).into_response())
}

/// Signs out: every token of the user stops working at once.
#[utoipa::path(
    post,
    path = "/auth/logout",
    tag = "auth",
    responses(
        (status = 204, description = "Signed out; the session cookie is cleared",
            headers(("Set-Cookie" = String, description = "Clears the session cookie"))),
        Unauthenticated,
    )
)]
pub async fn logout(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult {
    state.service.logout(&actor).await?;
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, state.site.ended_session_cookie())],
    )
        .into_response())
}

/// The signed-in user.
#[utoipa::path(
    get,
    path = "/me",
    tag = "auth",
    responses((status = 200, description = "The signed-in user", body = User), Unauthenticated)
)]
pub async fn me(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult<Response> {
    Ok(Json(state.service.me(&actor).await?).into_response())
}
