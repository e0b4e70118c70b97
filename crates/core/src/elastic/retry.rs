//! When to retry a transient failure, and how long to wait first.
//!
//! Backoff is capped exponential with full jitter, so clients that failed
//! together do not retry together. Retries also draw on a [`RetryBudget`]
//! shared by an `Elastic` and its clones: when a cluster is failing
//! everything, the budget runs dry and each call makes one request instead
//! of `max_attempts`, so an outage does not multiply the load.

use std::sync::Mutex;
use std::time::Duration;

use crate::crypto::unit_random;

/// A token bucket in thousandths of a retry: a retry spends a whole one, a
/// success earns a tenth back, so retries stay below about one in ten
/// requests once the initial allowance is spent.
#[derive(Debug)]
pub struct RetryBudget {
    milli_tokens: Mutex<u32>,
}

const RETRY_COST: u32 = 1_000;
const SUCCESS_REFUND: u32 = 100;
/// Ten retries in a burst.
const CAPACITY: u32 = 10 * RETRY_COST;

impl Default for RetryBudget {
    fn default() -> Self {
        RetryBudget { milli_tokens: Mutex::new(CAPACITY) }
    }
}

impl RetryBudget {
    /// Takes one retry's worth, or refuses when the budget is spent.
    pub fn try_spend(&self) -> bool {
        let mut tokens = self.milli_tokens.lock().unwrap_or_else(|p| p.into_inner());
        if *tokens >= RETRY_COST {
            *tokens -= RETRY_COST;
            true
        } else {
            false
        }
    }

    pub fn on_success(&self) {
        let mut tokens = self.milli_tokens.lock().unwrap_or_else(|p| p.into_inner());
        *tokens = (*tokens + SUCCESS_REFUND).min(CAPACITY);
    }
}

/// Capped exponential backoff with full jitter.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub base: Duration,
    pub max: Duration,
}

impl Backoff {
    /// The wait before attempt `attempt + 1` (attempt 1 is the first request):
    /// uniform in `0..=min(max, base * 2^(attempt-1))`.
    pub fn delay(&self, attempt: u32) -> Duration {
        let ceiling = self.base.saturating_mul(1u32 << attempt.saturating_sub(1).min(16)).min(self.max);
        ceiling.mul_f64(unit_random())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_runs_dry_and_refills_on_success() {
        let budget = RetryBudget::default();
        assert_eq!((0..20).filter(|_| budget.try_spend()).count(), 10);
        for _ in 0..9 {
            budget.on_success();
        }
        assert!(!budget.try_spend());
        budget.on_success();
        assert!(budget.try_spend());
    }

    #[test]
    fn delay_is_jittered_below_a_capped_ceiling() {
        let b = Backoff { base: Duration::from_millis(100), max: Duration::from_millis(300) };
        for attempt in 1..10 {
            let ceiling = Duration::from_millis(match attempt {
                1 => 100,
                2 => 200,
                _ => 300,
            });
            assert!(b.delay(attempt) <= ceiling);
        }
        let draws: Vec<_> = (0..20).map(|_| b.delay(3)).collect();
        assert!(draws.iter().any(|d| *d != draws[0]), "no jitter: {draws:?}");
    }
}
