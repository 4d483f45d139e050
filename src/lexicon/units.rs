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
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("rupees", "INR"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("pence", "GBP"),
    ("cents", "USD"),
    ("sterling", "GBP"),
];

/// Units of measure written after a figure, with their normalised symbol.
pub const MEASURES: &[(&str, &str)] = &[
    ("km", "km"),
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
    ("inch", "in"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("kilogrammes", "kg"),
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
    ("°c", "°C"),
    ("°f", "°F"),
    ("c", "°C"),
    ("f", "°F"),
];

/// Words after a figure that make it a percentage: "35 percent", "35 per cent".
pub const PERCENT_WORDS: &[&str] = &["percent", "per cent", "pc", "pct"];

/// Words after a figure that make it percentage points: "2 percentage points".
pub const POINT_WORDS: &[&str] = &["percentage points", "percentage point", "pp", "points"];
