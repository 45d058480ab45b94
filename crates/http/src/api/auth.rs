use axum::{
    Json,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use forsa_service::LoginAttempt;
use serde_json::json;

use super::ApiResult;
use crate::{
    AppState,
    extract::{ApiJson, Auth, ClientAddr, SESSION_COOKIE},
};

fn session_cookie(value: String, max_age_secs: i64) -> String {
    // A JWT is base64url with dots: safe in a cookie value as it is.
    format!("{SESSION_COOKIE}={value}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age_secs}")
}

pub async fn login(
    State(state): State<AppState>,
    ClientAddr(address): ClientAddr,
    ApiJson(attempt): ApiJson<LoginAttempt>,
) -> ApiResult {
    let signed_in = state.service.login(attempt, address).await?;
    let seconds = i64::try_from(signed_in.expires_in.as_secs()).unwrap_or(i64::MAX);
    let cookie = session_cookie(signed_in.token.clone(), seconds);
    let body = json!({
        "token": signed_in.token,
        "token_type": "Bearer",
        "expires_in": seconds,
        "user": signed_in.user,
    });
    Ok(([(header::SET_COOKIE, cookie)], Json(body)).into_response())
}

pub async fn logout(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult {
    state.service.logout(&actor).await?;
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, session_cookie(String::new(), 0))],
    )
        .into_response())
}

pub async fn me(State(state): State<AppState>, Auth(actor): Auth) -> ApiResult<Response> {
    Ok(Json(state.service.me(&actor).await?).into_response())
}
