//! The original `SyncHealthMonitor`'s figures.

use std::time::Duration;

use super::repair::RepairReport;
use crate::soul::now_ms;

#[derive(Debug, Clone, Default)]
pub struct Health {
    pub total_discovered: u64,
    pub total_synced: u64,
    pub total_errors: u64,
    pub last_sync_time: Option<u64>,
    /// Exponential moving average, 0.7 old / 0.3 new, in ms.
    pub average_sync_time: f64,
    pub sync_cycles: u64,
    /// Spot-checks of synced records on the local relay (not in the original).
    pub repair_checked: u64,
    pub repair_dropped: u64,
    pub repair_restored: u64,
    pub repair_unrecoverable: u64,
}

/// The counters and what the original derived from them.
#[derive(Debug, Clone)]
pub struct HealthStatus {
    pub counts: Health,
    /// Percent, 2 decimals; 100 when nothing was discovered.
    pub success_rate: f64,
    pub is_healthy: bool,
    pub last_sync_ago: Option<u64>,
}

/// A sync older than this makes the node unhealthy, as in the original.
const HEALTHY_WITHIN: Duration = Duration::from_secs(120);

impl Health {
    pub fn record_cycle(&mut self, discovered: u64, synced: u64, errors: u64, duration_ms: f64) {
        self.total_discovered += discovered;
        self.total_synced += synced;
        self.total_errors += errors;
        self.last_sync_time = Some(now_ms());
        self.average_sync_time =
            if self.sync_cycles == 0 { duration_ms } else { self.average_sync_time * 0.7 + duration_ms * 0.3 };
        self.sync_cycles += 1;
    }

    /// Repair does not touch the success rate: a dropped record was synced once already.
    pub fn record_repair(&mut self, r: &RepairReport) {
        self.repair_checked += r.checked;
        self.repair_dropped += r.dropped;
        self.repair_restored += r.restored;
        self.repair_unrecoverable += r.unrecoverable.len() as u64;
    }

    pub fn status(&self) -> HealthStatus {
        let success_rate = if self.total_discovered == 0 {
            100.0
        } else {
            (self.total_synced as f64 / self.total_discovered as f64 * 10_000.0).round() / 100.0
        };
        let last_sync_ago = self.last_sync_time.map(|t| now_ms().saturating_sub(t));
        HealthStatus {
            counts: self.clone(),
            success_rate,
            is_healthy: success_rate > 90.0
                && self.total_errors < 10
                && last_sync_ago.is_some_and(|a| a < HEALTHY_WITHIN.as_millis() as u64),
            last_sync_ago,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ema_rate_and_health() {
        let mut h = Health::default();
        assert_eq!(h.status().success_rate, 100.0);
        assert!(!h.status().is_healthy, "never synced");
        h.record_cycle(3, 2, 1, 100.0);
        h.record_cycle(0, 0, 0, 200.0);
        let s = h.status();
        assert_eq!(s.counts.average_sync_time, 130.0);
        assert_eq!(s.success_rate, 66.67);
        assert!(!s.is_healthy);
        h.record_cycle(97, 97, 0, 0.0);
        assert!(h.status().is_healthy);
    }
}
