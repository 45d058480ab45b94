//! The moment records are written at. It is the real time, except while `forsa demo`
//! tells a year of a centre's work: it runs each event inside [`as_of`] its day, and
//! whatever is written there (registered, posted, moved, granted, audited) is dated
//! then. Work spawned from inside, such as indexing, keeps the real time.

use std::future::Future;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

tokio::task_local! {
    static SHIFT: TimeDelta;
}

/// Now, for what is being written.
pub fn now() -> DateTime<Utc> {
    let now = Utc::now();
    SHIFT.try_with(|shift| now + *shift).unwrap_or(now)
}

/// Today's date, for what is being written.
pub fn today() -> NaiveDate {
    now().date_naive()
}

/// Runs `work` as if it began at `moment`; time inside passes as it really does.
pub async fn as_of<F: Future>(moment: DateTime<Utc>, work: F) -> F::Output {
    SHIFT.scope(moment - Utc::now(), work).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn inside_as_of_it_is_then_and_outside_it_is_now() {
        let then = Utc::now() - TimeDelta::days(200);
        let inside = as_of(then, async { now() }).await;
        assert!((inside - then).abs() < TimeDelta::seconds(5));
        assert!((now() - Utc::now()).abs() < TimeDelta::seconds(5));
    }
}
