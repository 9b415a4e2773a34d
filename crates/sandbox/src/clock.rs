//! Dates and times as the imitated providers write them: the proleptic Gregorian calendar
//! from Unix seconds and back (H. Hinnant's `civil_from_days` / `days_from_civil`), shared by
//! every provider module.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since 1970-01-01 UTC (negative before it).
pub(crate) fn unix_seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

/// [`unix_seconds`] of now.
pub(crate) fn unix_now() -> i64 {
    unix_seconds(SystemTime::now())
}

/// (year, month, day) of the day `days` after 1970-01-01.
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days since 1970-01-01 of a date (the inverse of [`civil_from_days`]; a day past the
/// month's end does not come back the same).
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Unix seconds → (`YYYY-MM-DD`, `HH:MM:SS`), in UTC (shift `seconds` for another zone).
pub(crate) fn civil(seconds: i64) -> (String, String) {
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    let of_day = seconds.rem_euclid(86_400);
    (
        format!("{year:04}-{month:02}-{day:02}"),
        format!(
            "{:02}:{:02}:{:02}",
            of_day / 3600,
            of_day % 3600 / 60,
            of_day % 60
        ),
    )
}

/// Unix seconds → `YYYY-MM-DD HH:MM:SS` in Moscow time (UTC+3, no daylight saving), as
/// PayKeeper and CrystalPay write times.
pub(crate) fn moscow(seconds: i64) -> String {
    let (date, time) = civil(seconds.saturating_add(3 * 3600));
    format!("{date} {time}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil(0), ("1970-01-01".into(), "00:00:00".into()));
        assert_eq!(civil(951_782_400), ("2000-02-29".into(), "00:00:00".into()));
        assert_eq!(civil(1_588_137_483), ("2020-04-29".into(), "05:18:03".into()));
        for days in [-800_000, -1, 0, 59, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn moscow_is_three_hours_ahead() {
        assert_eq!(moscow(0), "1970-01-01 03:00:00");
        // 2024-01-10 08:08:11 UTC.
        assert_eq!(moscow(1_704_874_091), "2024-01-10 11:08:11");
        assert_eq!(moscow(951_782_400), "2000-02-29 03:00:00");
        assert!(moscow(i64::MAX).len() >= 19);
    }
}
