//! Exact values: non-negative rationals over `u128` with a sign, printed as
//! plain decimals. No floating point anywhere, so "0.1" stays "0.1".

/// An exact rational value. Always kept reduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Value {
    num: u128,
    den: u128,
    neg: bool,
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Value {
    /// A whole number.
    pub(crate) const fn int(n: u128) -> Value {
        Value { num: n, den: 1, neg: false }
    }

    /// `num / den`; `None` when `den` is zero.
    pub(crate) fn ratio(num: u128, den: u128) -> Option<Value> {
        if den == 0 {
            return None;
        }
        Some(Value { num, den, neg: false }.reduced())
    }

    fn reduced(self) -> Value {
        if self.den == 1 {
            // Whole numbers (most values) are reduced already; u128 division
            // is a library call, so skip it.
            return Value { neg: self.neg && self.num != 0, ..self };
        }
        let g = gcd(self.num, self.den).max(1);
        Value { num: self.num / g, den: self.den / g, neg: self.neg && self.num != 0 }
    }

    /// Parses ASCII digits with an optional single `.`; every other byte is
    /// skipped (grouping separators). `None` on overflow or no digits.
    pub(crate) fn parse_digits(text: &str) -> Option<Value> {
        let mut num: u128 = 0;
        let mut den: u128 = 1;
        let mut seen_digit = false;
        let mut after_point = false;
        for b in text.bytes() {
            match b {
                b'0'..=b'9' => {
                    seen_digit = true;
                    num = num.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
                    if after_point {
                        den = den.checked_mul(10)?;
                    }
                }
                b'.' => {
                    if after_point {
                        return None;
                    }
                    after_point = true;
                }
                _ => {}
            }
        }
        seen_digit.then(|| Value { num, den, neg: false }.reduced())
    }

    /// True for a whole number.
    pub(crate) fn is_integer(&self) -> bool {
        self.den == 1
    }

    /// The whole number, if this is one and fits.
    pub(crate) fn as_u64(&self) -> Option<u64> {
        if self.den == 1 && !self.neg {
            u64::try_from(self.num).ok()
        } else {
            None
        }
    }

    /// This value negated.
    pub(crate) fn negated(self) -> Value {
        Value { neg: !self.neg, ..self }.reduced()
    }

    /// Product; `None` on overflow.
    pub(crate) fn mul(self, o: Value) -> Option<Value> {
        let g1 = gcd(self.num, o.den).max(1);
        let g2 = gcd(o.num, self.den).max(1);
        let num = (self.num / g1).checked_mul(o.num / g2)?;
        let den = (self.den / g2).checked_mul(o.den / g1)?;
        Some(Value { num, den, neg: self.neg != o.neg }.reduced())
    }

    /// Quotient; `None` on overflow or division by zero.
    pub(crate) fn div(self, o: Value) -> Option<Value> {
        if o.num == 0 {
            return None;
        }
        self.mul(Value { num: o.den, den: o.num, neg: o.neg })
    }

    /// Sum of two non-negative values; `None` on overflow.
    pub(crate) fn add(self, o: Value) -> Option<Value> {
        let g = gcd(self.den, o.den).max(1);
        let den = (self.den / g).checked_mul(o.den)?;
        let a = self.num.checked_mul(den / self.den)?;
        let b = o.num.checked_mul(den / o.den)?;
        let (num, neg) = match (self.neg, o.neg) {
            (false, false) => (a.checked_add(b)?, false),
            (true, true) => (a.checked_add(b)?, true),
            (false, true) => {
                if a >= b {
                    (a - b, false)
                } else {
                    (b - a, true)
                }
            }
            (true, false) => {
                if b >= a {
                    (b - a, false)
                } else {
                    (a - b, true)
                }
            }
        };
        Some(Value { num, den, neg }.reduced())
    }

    /// Strict ordering for ranges (`self < o`); false when it cannot be decided.
    pub(crate) fn less_than(&self, o: &Value) -> bool {
        match (self.neg, o.neg) {
            (true, false) => true,
            (false, true) => false,
            (neg, _) => match (self.num.checked_mul(o.den), o.num.checked_mul(self.den)) {
                (Some(a), Some(b)) => {
                    if neg {
                        a > b
                    } else {
                        a < b
                    }
                }
                _ => false,
            },
        }
    }

    /// The plain decimal: exact when the denominator divides a power of ten,
    /// otherwise rounded half-up to four decimals ("0.6667").
    pub(crate) fn to_plain(self) -> String {
        if self.den == 1 {
            // A whole number (most values): no powers of two and five to find.
            return format_scaled(self.num, 0, self.neg);
        }
        let mut d = self.den;
        let (mut twos, mut fives) = (0u32, 0u32);
        while d % 2 == 0 {
            d /= 2;
            twos += 1;
        }
        while d % 5 == 0 {
            d /= 5;
            fives += 1;
        }
        let (scaled, places) = if d == 1 {
            let places = twos.max(fives);
            let Some(pow) = 10u128.checked_pow(places) else {
                return self.rounded4();
            };
            match self.num.checked_mul(pow / self.den) {
                Some(s) => (s, places),
                None => return self.rounded4(),
            }
        } else {
            return self.rounded4();
        };
        format_scaled(scaled, places, self.neg)
    }

    fn rounded4(self) -> String {
        // num * 10_000 / den, half up; computed as whole + fraction to avoid overflow.
        let whole = self.num / self.den;
        let rem = self.num % self.den;
        let frac = rem
            .checked_mul(20_000)
            .map(|x| (x / self.den).div_ceil(2))
            .unwrap_or_else(|| (rem / (self.den / 20_000).max(1)).div_ceil(2));
        let (whole, frac) = if frac >= 10_000 { (whole + 1, frac - 10_000) } else { (whole, frac) };
        match whole.checked_mul(10_000).and_then(|w| w.checked_add(frac)) {
            Some(s) => format_scaled(s, 4, self.neg),
            None => format!("{}{}", if self.neg { "-" } else { "" }, whole),
        }
    }
}

/// The decimal digits of `n` (ASCII), written at the end of `buf`.
fn decimal_digits(n: u128, buf: &mut [u8; 40]) -> &[u8] {
    let mut at = buf.len();
    // Dividing a u64 is far cheaper than a u128 (a library call), and most
    // values fit.
    match u64::try_from(n) {
        Ok(mut small) => loop {
            at -= 1;
            buf[at] = b'0' + (small % 10) as u8;
            small /= 10;
            if small == 0 {
                break;
            }
        },
        Err(_) => {
            let mut big = n;
            loop {
                at -= 1;
                buf[at] = b'0' + (big % 10) as u8;
                big /= 10;
                if big == 0 {
                    break;
                }
            }
        }
    }
    buf.get(at..).unwrap_or_default()
}

/// Appends ASCII bytes to `out`.
fn push_ascii(out: &mut String, ascii: &[u8]) {
    out.extend(ascii.iter().map(|&b| char::from(b)));
}

/// `scaled / 10^places` as a plain decimal without trailing zeros, built in
/// one string (the digits are formatted on the stack, not through `fmt`).
fn format_scaled(scaled: u128, places: u32, neg: bool) -> String {
    let mut buf = [0u8; 40];
    let digits = decimal_digits(scaled, &mut buf);
    let places = places as usize;
    let (int, frac) = digits.split_at(digits.len().saturating_sub(places));
    // Zeros between the point and the digits of a fraction below 0.1.
    let zeros = places - frac.len();
    let frac = match frac.iter().rposition(|&d| d != b'0') {
        Some(last) => frac.get(..=last).unwrap_or_default(),
        None => &[],
    };
    let mut out = String::with_capacity(digits.len() + zeros + 3);
    if neg && scaled != 0 {
        out.push('-');
    }
    if int.is_empty() {
        out.push('0');
    } else {
        push_ascii(&mut out, int);
    }
    if !frac.is_empty() {
        out.push('.');
        out.extend(std::iter::repeat('0').take(zeros));
        push_ascii(&mut out, frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals() {
        let cases: &[(&str, &str)] = &[
            ("12,000", "12000"),
            ("0.1", "0.1"),
            ("10.10", "10.1"),
            ("007", "7"),
            ("1.50", "1.5"),
            ("12\u{a0}000", "12000"),
        ];
        for (text, want) in cases {
            let v = Value::parse_digits(text).expect("parses");
            assert_eq!(v.to_plain(), *want, "{text}");
        }
    }

    #[test]
    fn arithmetic() {
        let v = Value::parse_digits("1.5").expect("1.5");
        let bn = Value::int(1_000_000_000);
        assert_eq!(v.mul(bn).expect("fits").to_plain(), "1500000000");
        assert_eq!(Value::ratio(2, 3).expect("2/3").to_plain(), "0.6667");
        assert_eq!(Value::ratio(1, 3).expect("1/3").to_plain(), "0.3333");
        assert_eq!(Value::ratio(1, 4).expect("1/4").to_plain(), "0.25");
        assert_eq!(Value::ratio(1, 8).expect("1/8").to_plain(), "0.125");
        let p = Value::int(50).div(Value::int(100)).expect("50p");
        assert_eq!(p.to_plain(), "0.5");
        assert_eq!(Value::parse_digits("0.3").expect("0.3").negated().to_plain(), "-0.3");
        let q = Value::ratio(1, 4).expect("q").mul(Value::int(1_000_000)).expect("fits");
        assert_eq!(q.to_plain(), "250000");
        let sum = Value::int(2).add(Value::ratio(1, 2).expect("half")).expect("2.5");
        assert_eq!(sum.to_plain(), "2.5");
        assert!(Value::int(10).less_than(&Value::int(15)));
        assert!(!Value::int(3).less_than(&Value::int(1)));
        assert_eq!(Value::ratio(29_999, 30_000).expect("r").to_plain(), "1");
        assert_eq!(Value::ratio(1, 1000).expect("r").to_plain(), "0.001");
        assert_eq!(Value::ratio(3, 200).expect("r").to_plain(), "0.015");
        assert_eq!(Value::int(0).negated().to_plain(), "0");
        assert_eq!(Value::int(7).negated().to_plain(), "-7");
        assert_eq!(Value::int(u128::MAX).to_plain(), u128::MAX.to_string());
        assert_eq!(format_scaled(1_200, 3, true), "-1.2");
        assert_eq!(format_scaled(0, 4, true), "0");
    }

    #[test]
    fn overflow_is_none_not_panic() {
        let big = "9".repeat(60);
        assert!(Value::parse_digits(&big).is_none());
        let v = Value::int(u128::MAX / 3);
        assert!(v.mul(Value::int(10)).is_none());
        assert!(Value::ratio(u128::MAX, 3).expect("r").to_plain().len() > 10);
    }
}
