//! Sign-in: argon2id passwords, HS256 tokens carrying a token version, and limits
//! on wrong passwords (`sign_in_limits`).

use std::{
    net::IpAddr,
    time::{Duration, Instant},
};

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::{SaltString, rand_core::OsRng},
};
use chrono::Utc;
use forsa_domain::{
    AuditAction, Email, FieldErrors, Locale, Password, Problem, Role, SubjectType, UserId,
    organisation::{LoginAttempt, Membership, TimeZone, User},
};
use jsonwebtoken::{
    Algorithm as JwtAlgorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode,
};
use serde::{Deserialize, Serialize};

use crate::{
    Actor, Result, Service, ServiceError,
    sign_in_limits::{Limiter, SignInLimits},
};

/// How tokens are made and how hard sign-in is to guess at.
#[derive(Clone)]
pub struct AuthConfig {
    /// At least 32 random bytes.
    pub secret: Vec<u8>,
    pub issuer: String,
    pub audience: String,
    pub token_lifetime: Duration,
    /// How many wrong passwords before waiting, and how long.
    pub limits: SignInLimits,
}

impl AuthConfig {
    pub fn new(secret: Vec<u8>) -> Self {
        Self {
            secret,
            issuer: "forsa".to_owned(),
            audience: "forsa-api".to_owned(),
            token_lifetime: Duration::from_secs(8 * 60 * 60),
            limits: SignInLimits::default(),
        }
    }
}

impl std::fmt::Debug for AuthConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthConfig")
            .field("issuer", &self.issuer)
            .field("secret", &"****")
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    iss: String,
    aud: String,
    exp: i64,
    iat: i64,
    /// The user's token version when the token was issued.
    ver: i32,
}

pub(crate) struct Auth {
    config: AuthConfig,
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    limiter: Limiter,
    /// Verified against when the email is unknown, so that the answer takes as long.
    dummy_hash: String,
}

fn hasher() -> Argon2<'static> {
    // OWASP's recommendation for argon2id: 19 MiB, two passes, one lane.
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_blocking(password: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| ServiceError::internal(format!("hashing failed: {e}")))
}

fn verify_blocking(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

impl Auth {
    pub(crate) fn new(config: AuthConfig) -> Self {
        let mut validation = Validation::new(JwtAlgorithm::HS256);
        validation.algorithms = vec![JwtAlgorithm::HS256];
        validation.set_issuer(&[config.issuer.as_str()]);
        validation.set_audience(&[config.audience.as_str()]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        Self {
            encoding: EncodingKey::from_secret(&config.secret),
            decoding: DecodingKey::from_secret(&config.secret),
            validation,
            limiter: Limiter::new(config.limits.clone()),
            dummy_hash: hash_blocking("forsa-timing-equaliser").unwrap_or_default(),
            config,
        }
    }

    fn issue(&self, user: &User) -> Result<String> {
        let now = Utc::now().timestamp();
        let lifetime = i64::try_from(self.config.token_lifetime.as_secs()).unwrap_or(i64::MAX / 4);
        let claims = Claims {
            sub: user.id.to_string(),
            iss: self.config.issuer.clone(),
            aud: self.config.audience.clone(),
            exp: now + lifetime,
            iat: now,
            ver: user.token_version,
        };
        encode(&Header::new(JwtAlgorithm::HS256), &claims, &self.encoding)
            .map_err(|e| ServiceError::internal(format!("token signing failed: {e}")))
    }
}

/// A successful sign-in.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub token: String,
    pub user: User,
    pub expires_in: Duration,
}

pub(crate) fn membership_of(user: &User) -> Result<Membership> {
    match (user.role, user.centre_id, user.employer_id) {
        (Role::Admin, _, _) => Ok(Membership::Admin),
        (Role::Caseworker, Some(centre), _) => Ok(Membership::Caseworker(centre)),
        (Role::Employer, _, Some(employer)) => Ok(Membership::Employer(employer)),
        _ => Err(ServiceError::internal(
            "user has a role without its centre or employer",
        )),
    }
}

/// Who holds a token: the actor, their record, and the time zone their days are in.
#[derive(Debug, Clone)]
pub struct SignedInUser {
    pub actor: Actor,
    pub user: User,
    pub time_zone: TimeZone,
}

impl Service {
    /// Hashes a password on the blocking pool.
    pub async fn hash_password(&self, password: &Password) -> Result<String> {
        let password = password.expose().to_owned();
        tokio::task::spawn_blocking(move || hash_blocking(&password))
            .await
            .map_err(|e| ServiceError::internal(format!("hashing task failed: {e}")))?
    }

    /// Signs in with an email and password. Unknown emails, wrong passwords and
    /// disabled accounts get the same answer.
    pub async fn login(&self, attempt: LoginAttempt, address: Option<IpAddr>) -> Result<SignedIn> {
        let mut errors = FieldErrors::new();
        if attempt.email.trim().is_empty() {
            errors.add("email", Problem::Required);
        }
        if attempt.password.is_empty() {
            errors.add("password", Problem::Required);
        }
        errors.into_result()?;
        let limiter = &self.auth.limiter;
        if let Some(wait) = limiter.wait(&attempt.email, address, Instant::now()) {
            return Err(ServiceError::RateLimited(wait));
        }

        let email = Email::parse(&attempt.email).ok();
        let tx = self.begin().await?;
        let credentials = match &email {
            Some(email) => tx.credentials(email).await?,
            None => None,
        };
        let hash = credentials
            .as_ref()
            .map_or(self.auth.dummy_hash.clone(), |c| c.password_hash.clone());
        let password = attempt.password.clone();
        let verified = tokio::task::spawn_blocking(move || verify_blocking(&password, &hash))
            .await
            .map_err(|e| ServiceError::internal(format!("verification task failed: {e}")))?;
        let user = match credentials {
            Some(credentials) if verified && !credentials.user.disabled => credentials.user,
            _ => {
                tx.rollback().await?;
                limiter.failed(&attempt.email, address, Instant::now());
                return Err(ServiceError::Unauthenticated);
            }
        };
        limiter.succeeded(&attempt.email, address);
        tx.record_audit(
            Some((user.id, user.role)),
            AuditAction::Login,
            SubjectType::User,
            user.id.as_uuid(),
        )
        .await?;
        tx.commit().await?;
        let token = self.auth.issue(&user)?;
        Ok(SignedIn {
            token,
            user,
            expires_in: self.auth.config.token_lifetime,
        })
    }

    /// Turns a token into an actor, or refuses it: bad signature, wrong algorithm,
    /// issuer or audience, expired, unknown or disabled user, or a token version that
    /// logout or disabling has moved past.
    pub async fn authenticate(&self, token: &str) -> Result<Actor> {
        Ok(self.signed_in_user(token).await?.actor)
    }

    /// As `authenticate`, with the user's record (a page shows their name and speaks
    /// their language) and the time zone their days are in (a caseworker's centre's;
    /// Jordan's for the others): one transaction.
    pub async fn signed_in_user(&self, token: &str) -> Result<SignedInUser> {
        let claims = decode::<Claims>(token, &self.auth.decoding, &self.auth.validation)
            .map_err(|_| ServiceError::Unauthenticated)?
            .claims;
        let user_id: UserId = claims
            .sub
            .parse()
            .map_err(|_| ServiceError::Unauthenticated)?;
        let tx = self.begin().await?;
        let user = tx.user(user_id).await?;
        let found = match user {
            Some(user) if !user.disabled && user.token_version == claims.ver => {
                let actor = Actor {
                    user_id: user.id,
                    membership: membership_of(&user)?,
                };
                let time_zone = match actor.membership {
                    Membership::Caseworker(centre) => tx.centre(centre).await?.map(|c| c.time_zone),
                    Membership::Admin | Membership::Employer(_) => None,
                };
                Ok(SignedInUser {
                    actor,
                    user,
                    time_zone: time_zone.unwrap_or(TimeZone::JORDAN),
                })
            }
            _ => Err(ServiceError::Unauthenticated),
        };
        tx.commit().await?;
        found
    }

    /// Signs out everywhere: every token issued so far stops working.
    pub async fn logout(&self, actor: &Actor) -> Result<()> {
        let tx = self.begin().await?;
        tx.revoke_tokens(actor.user_id).await?;
        actor
            .audit(
                &tx,
                AuditAction::Logout,
                SubjectType::User,
                actor.user_id.as_uuid(),
            )
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The signed-in user's own choice of language: any user may set theirs, no one
    /// else's (admins change others' through `update_user`).
    pub async fn set_locale(&self, actor: &Actor, locale: Locale) -> Result<User> {
        let tx = self.begin().await?;
        tx.user(actor.user_id)
            .await?
            .ok_or(ServiceError::Unauthenticated)?;
        let user = tx
            .update_user(actor.user_id, None, None, None, Some(locale))
            .await?;
        actor
            .audit(
                &tx,
                AuditAction::Update,
                SubjectType::User,
                actor.user_id.as_uuid(),
            )
            .await?;
        tx.commit().await?;
        Ok(user)
    }

    pub async fn me(&self, actor: &Actor) -> Result<User> {
        let tx = self.begin().await?;
        let user = tx
            .user(actor.user_id)
            .await?
            .ok_or(ServiceError::Unauthenticated)?;
        tx.commit().await?;
        Ok(user)
    }
}
