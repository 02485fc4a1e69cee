//! Medians and quartiles, the one way every insight takes them.

use spool_model::Spread;

/// The `q`-quantile of `sorted` (ascending, not empty), linearly interpolated between the two
/// nearest values (Hyndman and Fan's type 7, the default of R, NumPy and spreadsheets): the
/// median of an even count is the mean of the middle two.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let position = q * (sorted.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let (low, high) = (sorted[below], sorted[above]);
    low + (high - low) * (position - below as f64)
}

/// The lower quartile, median and upper quartile of `values` (sorted here); `None` without any.
pub(crate) fn spread(values: &mut [f64]) -> Option<Spread> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable_by(f64::total_cmp);
    Some(Spread {
        lower: quantile(values, 0.25),
        median: quantile(values, 0.5),
        upper: quantile(values, 0.75),
    })
}

/// The median of `values` (sorted here); `None` without any.
pub(crate) fn median(values: &mut [f64]) -> Option<f64> {
    spread(values).map(|s| s.median)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_odd_count_is_the_middle_one_and_of_an_even_count_the_mean_of_two() {
        assert_eq!(median(&mut [300.0, 100.0, 200.0]), Some(200.0));
        assert_eq!(median(&mut [40.0, 10.0, 30.0, 20.0]), Some(25.0));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn quartiles_interpolate_between_the_nearest_posts() {
        // 5 values: the quartiles fall on the 2nd and 4th.
        let five = spread(&mut [5.0, 1.0, 4.0, 2.0, 3.0]).expect("a spread");
        assert_eq!((five.lower, five.median, five.upper), (2.0, 3.0, 4.0));
        // 4 values (10, 20, 30, 40): positions 0.75, 1.5 and 2.25.
        let four = spread(&mut [40.0, 10.0, 30.0, 20.0]).expect("a spread");
        assert_eq!((four.lower, four.median, four.upper), (17.5, 25.0, 32.5));
        let one = spread(&mut [7.0]).expect("a spread");
        assert_eq!((one.lower, one.median, one.upper), (7.0, 7.0, 7.0));
    }
}
