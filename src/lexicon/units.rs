//! Currencies, percent words and units of measure.

/// Currency signs written before digits, longest first: "US$3bn", "£22", "€1.5".
pub const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("NZ$", "NZD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("Rs", "INR"),
    ("Rmb", "CNY"),
];

/// Currency words and codes written after a figure: "1.5bn euros", "300 USD".
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("pounds", "GBP"),
    ("pound", "GBP"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("rs", "INR"),
    ("chf", "CHF"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("cny", "CNY"),
    ("inr", "INR"),
    ("franc", "CHF"),
    ("peso", "MXN"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("pence", "GBP"),
    ("penny", "GBP"),
    ("cents", "USD"),
    ("sterling", "GBP"),
    ("rmb", "CNY"),
    ("reais", "BRL"),
    ("real", "BRL"),
    ("rupiah", "IDR"),
    ("francs", "CHF"),
    ("kronor", "SEK"),
    ("kroner", "NOK"),
    ("rand", "ZAR"),
    ("pesos", "MXN"),
];

/// Two-word currency names: "Swiss francs", "Hong Kong dollars" (after the first word).
pub const CURRENCY_PHRASES: &[(&str, &str)] = &[
    ("swiss francs", "CHF"),
    ("swiss franc", "CHF"),
    ("australian dollars", "AUD"),
    ("canadian dollars", "CAD"),
    ("new zealand", "NZD"),
    ("hong kong", "HKD"),
    ("singapore dollars", "SGD"),
    ("us dollars", "USD"),
    ("south african", "ZAR"),
    ("japanese yen", "JPY"),
    ("chinese yuan", "CNY"),
    ("indian rupees", "INR"),
];

/// Two-word names of minor units other than US cents and pence, with their currency:
/// "lost 65 Canadian cents or 25% … to 1.90 Canadian dollars". Read as hundredths of it.
pub const MINOR_PHRASES: &[(&str, &str)] = &[
    ("canadian cents", "CAD"),
    ("canadian cent", "CAD"),
    ("australian cents", "AUD"),
    ("australian cent", "AUD"),
    ("euro cents", "EUR"),
    ("euro cent", "EUR"),
];

/// Words near "pounds" that make them weight, not money: "weighs 10 pounds".
pub const WEIGHT_CUES: &[&str] = &[
    "weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lighter", "lost", "gained", "lose", "gain",
];

/// Currency codes in millions, as finance writes them: "30 MUSD", "MAUD 60".
pub const MILLION_CODES: &[(&str, &str)] =
    &[("musd", "USD"), ("meur", "EUR"), ("mgbp", "GBP"), ("maud", "AUD"), ("mcad", "CAD"), ("mchf", "CHF")];

/// ISO codes read before digits, glued or spaced: "USD115", "USD 5".
pub const ISO_PREFIXES: &[&str] = &["USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "CNY", "INR", "RMB", "Rs"];

/// Minor units: "50 cents", "30 pence".
pub const MINOR_UNITS: &[&str] = &["cents", "cent", "pence", "p"];

/// Units of measure written after a figure, with their normalised symbol.
pub const MEASURES: &super::SortedTable<&str> =
    &super::SortedTable::new(MEASURE_LIST, &super::order::<{ MEASURE_LIST.len() }, &str>(MEASURE_LIST));
const MEASURE_LIST: &[(&str, &str)] = &[
    ("km", "km"),
    ("ml", "ml"),
    ("rad", "rad"),
    ("kmph", "km/h"),
    ("t", "t"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("miles", "mi"),
    ("mile", "mi"),
    ("m", "m"),
    ("metres", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("meter", "m"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("ft", "ft"),
    ("inches", "in"),
    ("yards", "yd"),
    ("yard", "yd"),
    ("inch", "in"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("kilogrammes", "kg"),
    ("kilogram", "kg"),
    ("kilogramme", "kg"),
    ("acre", "acre"),
    ("hectare", "ha"),
    ("litre", "l"),
    ("liter", "l"),
    ("gallon", "gal"),
    ("ton", "t"),
    ("tonnes", "t"),
    ("tonne", "t"),
    ("tons", "t"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("acres", "acre"),
    ("hectares", "ha"),
    ("mph", "mph"),
    ("km/h", "km/h"),
    ("kph", "km/h"),
    ("litres", "l"),
    ("liters", "l"),
    ("barrels", "bbl"),
    ("gallons", "gal"),
    ("degrees", "°"),
    ("twh", "TWh"),
    ("terawatt-hours", "TWh"),
    ("gigawatt-hours", "GWh"),
    ("gwh", "GWh"),
    ("mwh", "MWh"),
    ("kwh", "kWh"),
    ("°c", "°C"),
    ("°f", "°F"),
    ("c", "°C"),
    ("f", "°F"),
];

/// Units of two words, written after a figure: "82.1 terawatt hours", "1,500 sq ft".
pub const MEASURE_PHRASES: &[(&str, &str)] = &[
    ("terawatt hours", "TWh"),
    ("terawatt-hours", "TWh"),
    ("gigawatt hours", "GWh"),
    ("megawatt hours", "MWh"),
    ("kilowatt hours", "kWh"),
    ("sq ft", "ft²"),
    ("square feet", "ft²"),
    ("square foot", "ft²"),
    ("sq m", "m²"),
    ("square metres", "m²"),
    ("square meters", "m²"),
    ("square metre", "m²"),
    ("sq km", "km²"),
    ("square kilometres", "km²"),
    ("square kilometers", "km²"),
    ("sq mi", "mi²"),
    ("square miles", "mi²"),
    ("square mile", "mi²"),
];

/// Words after "degrees" that name the scale.
pub const TEMPERATURE_SCALES: &[(&str, &str)] =
    &[("celsius", "°C"), ("centigrade", "°C"), ("c", "°C"), ("fahrenheit", "°F"), ("f", "°F")];

/// Words after a figure that make it a percentage: "35 percent", "35 per cent".
pub const PERCENT_WORDS: &[&str] = &["percent", "per cent", "pc", "pct"];

/// Words after a figure that make it percentage points: "2 percentage points".
pub const POINT_WORDS: &[&str] = &["percentage points", "percentage point", "pp", "points"];

/// Linear conversions between units: `to = from × factor + offset`. Each pair is listed
/// once; the conversion check reads it both ways.
pub const CONVERSIONS: &[(&str, &str, f64, f64)] = &[
    ("mi", "km", 1.609_344, 0.0),
    ("ft", "m", 0.3048, 0.0),
    ("in", "cm", 2.54, 0.0),
    ("kg", "lb", 2.204_622_6, 0.0),
    ("km/h", "mph", 0.621_371, 0.0),
    ("acre", "ha", 0.404_686, 0.0),
    ("°C", "°F", 1.8, 32.0),
    ("m", "ft", 3.280_84, 0.0),
    ("cm", "in", 0.393_701, 0.0),
    ("km", "mi", 0.621_371, 0.0),
    ("l", "gal", 0.264_172, 0.0),
    ("t", "lb", 2_204.622_6, 0.0),
    ("t", "kg", 1_000.0, 0.0),
    ("yd", "m", 0.9144, 0.0),
    ("ft²", "m²", 0.092_903, 0.0),
    ("mi²", "km²", 2.589_988, 0.0),
    ("km²", "ha", 100.0, 0.0),
    ("mm", "in", 0.039_370_1, 0.0),
    ("m", "in", 39.370_1, 0.0),
    ("km/h", "m/s", 0.277_778, 0.0),
    ("l", "pt", 1.759_75, 0.0),
];

/// Cross rates whose currencies move together, so that their dollar bands above make too
/// wide a range: what one unit of the first has been worth in the second since 2000,
/// lowest and highest (rounded outward). From the dollar bands alone a euro could be worth
/// £0.39 to £1.55; it has stayed between £0.57 and £0.98, so "€45m (£72m)" is wrong.
pub const CROSS_BANDS: &[(&str, &str, f64, f64)] = &[
    ("EUR", "GBP", 0.57, 0.98),
    ("EUR", "CHF", 0.92, 1.69),
    ("EUR", "JPY", 88.0, 187.0),
    ("GBP", "JPY", 116.0, 252.0),
];

/// What one unit of `a` has been worth in `b` since 2000, when `CROSS_BANDS` says.
pub fn cross_band(a: &str, b: &str) -> Option<(f64, f64)> {
    CROSS_BANDS.iter().find_map(|&(x, y, lo, hi)| match (x == a, y == b, x == b, y == a) {
        (true, true, _, _) => Some((lo, hi)),
        (_, _, true, true) => Some((1.0 / hi, 1.0 / lo)),
        _ => None,
    })
}

/// What one unit of a currency has been worth in US dollars since 2000, lowest and highest
/// (rounded outward). Pesos are left out: "pesos" may be Mexican, Argentine, Colombian or
/// Philippine. A conversion outside this band cannot be right at any date a news
/// story is likely to speak of. "£240m (US$302.4)" implies a pound worth a millionth of a
/// dollar; "€45m (£83m)" a euro worth £1.84.
pub const USD_VALUE_BANDS: &[(&str, f64, f64)] = &[
    ("USD", 1.0, 1.0),
    ("GBP", 1.03, 2.12),
    ("EUR", 0.82, 1.60),
    ("JPY", 1.0 / 165.0, 1.0 / 75.0),
    ("CNY", 1.0 / 8.35, 1.0 / 6.0),
    ("INR", 1.0 / 88.0, 1.0 / 39.0),
    ("CHF", 0.55, 1.25),
    ("AUD", 0.47, 1.11),
    ("CAD", 0.61, 1.10),
    ("NZD", 0.39, 0.89),
    ("HKD", 1.0 / 7.85, 1.0 / 7.75),
    ("SGD", 0.54, 0.81),
    ("BRL", 0.16, 0.66),
    ("RUB", 0.009, 0.041),
    ("IDR", 1.0 / 16_900.0, 1.0 / 8_000.0),
    ("SEK", 0.085, 0.17),
    ("NOK", 0.085, 0.19),
    ("ZAR", 0.05, 0.18),
];
