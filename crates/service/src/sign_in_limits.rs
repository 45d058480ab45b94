//! How hard sign-in is to guess at, without letting a stranger keep a user out.
//!
//! Only failures count, and they count per account *and* address: after a few wrong
//! passwords from one address for one account, that address waits before trying that
//! account again, and each further failure doubles the wait up to a ceiling. The
//! right password from an address that has not failed goes straight through, so
//! knowing someone's email is not enough to lock them out; a successful sign-in
//! clears its own address's failures. An address that fails across many accounts
//! (password spraying) waits the same way.
//!
//! The counts live in this process. Behind a reverse proxy every request seems to
//! come from the proxy, so the per-address count then throttles everyone at once;
//! sharing the counts between replicas and reading the client's address from a
//! trusted proxy header are the operations issue's to add.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::Mutex,
    time::{Duration, Instant},
};

/// The limits; `Default` is what a deployment gets.
#[derive(Debug, Clone)]
pub struct SignInLimits {
    /// Wrong passwords for one account from one address before it must wait.
    pub failures_per_account_and_address: u32,
    /// Wrong passwords from one address, over all accounts, before it must wait.
    pub failures_per_address: u32,
    /// The first wait; each further failure doubles it.
    pub first_wait: Duration,
    /// The longest wait.
    pub longest_wait: Duration,
    /// Failures older than this are forgotten.
    pub forget_after: Duration,
}

impl Default for SignInLimits {
    fn default() -> Self {
        Self {
            failures_per_account_and_address: 5,
            failures_per_address: 30,
            first_wait: Duration::from_secs(30),
            longest_wait: Duration::from_secs(15 * 60),
            forget_after: Duration::from_secs(60 * 60),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    AccountAndAddress(String, Option<IpAddr>),
    Address(IpAddr),
}

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

/// More entries than this and the forgotten ones are swept out.
const SWEEP_ABOVE: usize = 10_000;

pub(crate) struct Limiter {
    limits: SignInLimits,
    failures: Mutex<HashMap<Key, Failures>>,
}

impl Limiter {
    pub(crate) fn new(limits: SignInLimits) -> Self {
        Self {
            limits,
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn keys(account: &str, address: Option<IpAddr>) -> impl Iterator<Item = Key> {
        let pair = Key::AccountAndAddress(account.trim().to_lowercase(), address);
        std::iter::once(pair).chain(address.map(Key::Address))
    }

    fn allowance(&self, key: &Key) -> u32 {
        match key {
            Key::AccountAndAddress(..) => self.limits.failures_per_account_and_address,
            Key::Address(_) => self.limits.failures_per_address,
        }
    }

    /// How long this attempt must wait before it may be tried, if at all.
    pub(crate) fn wait(
        &self,
        account: &str,
        address: Option<IpAddr>,
        now: Instant,
    ) -> Option<Duration> {
        let failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Self::keys(account, address)
            .filter_map(|key| {
                let seen = failures.get(&key)?;
                let allowance = self.allowance(&key).max(1);
                if seen.count < allowance
                    || now.duration_since(seen.last) >= self.limits.forget_after
                {
                    return None;
                }
                let doublings = (seen.count - allowance).min(20);
                let wait = self
                    .limits
                    .first_wait
                    .saturating_mul(1 << doublings)
                    .min(self.limits.longest_wait);
                wait.checked_sub(now.duration_since(seen.last))
                    .filter(|left| !left.is_zero())
            })
            .max()
    }

    /// A wrong password (or an unknown account) from `address`.
    pub(crate) fn failed(&self, account: &str, address: Option<IpAddr>, now: Instant) {
        let mut failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if failures.len() > SWEEP_ABOVE {
            let forget_after = self.limits.forget_after;
            failures.retain(|_, seen| now.duration_since(seen.last) < forget_after);
        }
        for key in Self::keys(account, address) {
            let seen = failures.entry(key).or_insert(Failures {
                count: 0,
                last: now,
            });
            if now.duration_since(seen.last) >= self.limits.forget_after {
                seen.count = 0;
            }
            seen.count = seen.count.saturating_add(1);
            seen.last = now;
        }
    }

    /// The right password: this address's failures for this account are forgiven.
    pub(crate) fn succeeded(&self, account: &str, address: Option<IpAddr>) {
        let mut failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        failures.remove(&Key::AccountAndAddress(
            account.trim().to_lowercase(),
            address,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limiter() -> Limiter {
        Limiter::new(SignInLimits::default())
    }

    const HOME: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 1)));
    const ELSEWHERE: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(10, 0, 0, 2)));

    #[test]
    fn failures_from_one_address_do_not_keep_out_another() {
        let limiter = limiter();
        let start = Instant::now();
        for _ in 0..5 {
            assert_eq!(limiter.wait("a@b.org", ELSEWHERE, start), None);
            limiter.failed("a@b.org", ELSEWHERE, start);
        }
        assert_eq!(
            limiter.wait("A@b.org ", ELSEWHERE, start),
            Some(Duration::from_secs(30))
        );
        assert_eq!(limiter.wait("a@b.org", HOME, start), None);
        assert_eq!(limiter.wait("c@b.org", ELSEWHERE, start), None);
    }

    #[test]
    fn the_wait_grows_with_each_failure_and_has_a_ceiling() {
        let limiter = limiter();
        let mut now = Instant::now();
        let mut waits = Vec::new();
        for _ in 0..12 {
            if let Some(wait) = limiter.wait("a@b.org", HOME, now) {
                waits.push(wait.as_secs());
                now += wait;
            }
            limiter.failed("a@b.org", HOME, now);
        }
        assert_eq!(waits, [30, 60, 120, 240, 480, 900, 900]);
        // An hour without failures and they are forgotten.
        now += Duration::from_secs(3600);
        assert_eq!(limiter.wait("a@b.org", HOME, now), None);
    }

    #[test]
    fn successes_do_not_count_and_forgive_their_own_failures() {
        let limiter = limiter();
        let now = Instant::now();
        for _ in 0..4 {
            limiter.failed("a@b.org", HOME, now);
        }
        limiter.succeeded("a@b.org", HOME);
        for _ in 0..4 {
            limiter.failed("a@b.org", HOME, now);
        }
        assert_eq!(limiter.wait("a@b.org", HOME, now), None);
    }

    #[test]
    fn an_address_that_fails_across_many_accounts_waits() {
        let limiter = limiter();
        let now = Instant::now();
        for n in 0..30 {
            limiter.failed(&format!("user{n}@b.org"), HOME, now);
        }
        assert!(limiter.wait("someone.new@b.org", HOME, now).is_some());
        assert_eq!(limiter.wait("someone.new@b.org", ELSEWHERE, now), None);
    }
}
