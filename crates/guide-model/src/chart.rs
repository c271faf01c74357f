//! A horizontal bar chart as plain data: what each bar says, where it sits,
//! and the same numbers as a table and as CSV/JSON downloads. The view only
//! draws what this decides, so geometry and exports are tested natively.

use crate::money::Currency;

/// One chart: a title, a caption naming its source, and groups of bars that
/// share one scale (one source, one currency).
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Unique on the page; used for element ids.
    pub id: String,
    /// Download file names without extension.
    pub file_stem: String,
    pub title: String,
    /// Source, year and statistic, in a sentence or two.
    pub caption: String,
    /// The one currency of a money chart; `None` for counts.
    pub currency: Option<Currency>,
    pub groups: Vec<BarGroup>,
    /// Headers of the "Show table" view; each bar's `cells` follow them.
    pub columns: Vec<String>,
    /// The raw figures behind the chart, for CSV and JSON downloads.
    pub data: Table,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarGroup {
    pub heading: Option<String>,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// Quieter text after the label (a region, an experience band).
    pub detail: Option<String>,
    /// Where the bar starts: 0 for a single figure, the low end of a range.
    pub low: f64,
    pub high: f64,
    /// The value as the reader sees it, e.g. `$87K–$100K`.
    pub value_text: String,
    /// The whole figure in one sentence: the bar's accessible name and tooltip.
    pub description: String,
    /// Colour family (index of the role); `None` for a neutral bar.
    pub tone: Option<usize>,
    /// The bar's row in the table view; the first cell is the row header.
    pub cells: Vec<String>,
}

impl Chart {
    pub fn bars(&self) -> impl Iterator<Item = &Bar> {
        self.groups.iter().flat_map(|g| g.bars.iter())
    }

    /// The top of the scale: the largest figure in this chart.
    pub fn scale_max(&self) -> f64 {
        self.bars().map(|b| b.high).fold(0.0, f64::max)
    }

    /// A sentence for the chart as a whole: what it shows and its extremes,
    /// so a screen reader user gets the gist before visiting each bar.
    pub fn summary(&self) -> String {
        // Each bar with its group's heading, so "Backend developer" says where.
        let named: Vec<(String, &Bar)> = self
            .groups
            .iter()
            .flat_map(|g| {
                g.bars.iter().map(move |b| match &g.heading {
                    Some(h) => (format!("{}, {h}", b.label), b),
                    None => (b.label.clone(), b),
                })
            })
            .collect();
        let count = match named.len() {
            1 => "1 figure".to_string(),
            n => format!("{n} figures"),
        };
        let mut text = format!("Bar chart, {}: {count}", self.title);
        let highest = named.iter().max_by(|a, b| a.1.high.total_cmp(&b.1.high));
        let lowest = named.iter().min_by(|a, b| a.1.high.total_cmp(&b.1.high));
        if let (Some((hi_name, hi)), Some((lo_name, lo)), true) = (highest, lowest, named.len() > 1)
        {
            text.push_str(&format!(
                "; highest {} ({hi_name}), lowest {} ({lo_name})",
                hi.value_text, lo.value_text
            ));
        }
        text
    }

    /// Vertical positions of headings and bars, in CSS pixels.
    pub fn layout(&self) -> Layout {
        let mut y = 0.0;
        let mut rows = Vec::new();
        for (g, group) in self.groups.iter().enumerate() {
            if let Some(heading) = &group.heading {
                rows.push(Row::Heading {
                    group: g,
                    text: heading.clone(),
                    y,
                });
                y += HEADING_HEIGHT;
            }
            for (b, _) in group.bars.iter().enumerate() {
                rows.push(Row::Bar {
                    group: g,
                    bar: b,
                    y,
                });
                y += ROW_HEIGHT;
            }
        }
        Layout { rows, height: y }
    }
}

/// Height of a group heading line.
pub const HEADING_HEIGHT: f64 = 32.0;
/// A bar's label line plus the bar plus the gap below it.
pub const ROW_HEIGHT: f64 = 64.0;
/// Offset of the bar below the top of its row, under the label line.
pub const BAR_OFFSET: f64 = 24.0;
pub const BAR_HEIGHT: f64 = 28.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub rows: Vec<Row>,
    pub height: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Heading { group: usize, text: String, y: f64 },
    Bar { group: usize, bar: usize, y: f64 },
}

/// Where a bar starts and ends as fractions of the chart's width.
pub fn span(bar: &Bar, max: f64) -> (f64, f64) {
    if max <= 0.0 {
        return (0.0, 0.0);
    }
    let fraction = |v: f64| (v / max).clamp(0.0, 1.0);
    (fraction(bar.low), fraction(bar.high))
}

/// Where a bar's value label goes so it never runs off the chart: after the
/// bar when there is room, before a floating range bar, or else inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelAt {
    After,
    Before,
    Inside,
}

pub fn label_at((start, end): (f64, f64)) -> LabelAt {
    if 1.0 - end >= 0.5 {
        LabelAt::After
    } else if start >= 0.5 {
        LabelAt::Before
    } else {
        LabelAt::Inside
    }
}

/// Rows of raw figures: strings, numbers or blanks, under named columns.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}

impl From<Option<&str>> for Cell {
    fn from(s: Option<&str>) -> Self {
        s.map_or(Cell::Empty, Cell::from)
    }
}

impl From<Option<f64>> for Cell {
    fn from(n: Option<f64>) -> Self {
        n.map_or(Cell::Empty, Cell::Number)
    }
}

impl Cell {
    fn plain(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => n.to_string(),
            Cell::Empty => String::new(),
        }
    }

    fn json(&self) -> String {
        match self {
            Cell::Text(s) => crate::read::quote(s),
            Cell::Number(n) if n.is_finite() => n.to_string(),
            Cell::Number(_) | Cell::Empty => "null".into(),
        }
    }
}

impl Table {
    /// RFC 4180 CSV: a header line, then one line per row; fields holding a
    /// comma, quote or line break are quoted, with quotes doubled.
    pub fn to_csv(&self) -> String {
        let line = |fields: Vec<String>| {
            fields
                .iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut out = line(self.columns.iter().map(|c| c.to_string()).collect());
        out.push_str("\r\n");
        for row in &self.rows {
            out.push_str(&line(row.iter().map(Cell::plain).collect()));
            out.push_str("\r\n");
        }
        out
    }

    /// A JSON array with one object per row, keys in column order.
    pub fn to_json(&self) -> String {
        let objects: Vec<String> = self
            .rows
            .iter()
            .map(|row| {
                let fields: Vec<String> = self
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(c, cell)| format!("{}: {}", Cell::from(*c).json(), cell.json()))
                    .collect();
                format!("  {{{}}}", fields.join(", "))
            })
            .collect();
        format!("[\n{}\n]\n", objects.join(",\n"))
    }
}

fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(low: f64, high: f64) -> Bar {
        Bar {
            label: "x".into(),
            detail: None,
            low,
            high,
            value_text: String::new(),
            description: String::new(),
            tone: None,
            cells: vec![],
        }
    }

    fn chart(groups: Vec<(Option<&str>, Vec<Bar>)>) -> Chart {
        Chart {
            id: "c".into(),
            file_stem: "c".into(),
            title: "T".into(),
            caption: "C".into(),
            currency: None,
            groups: groups
                .into_iter()
                .map(|(heading, bars)| BarGroup {
                    heading: heading.map(String::from),
                    bars,
                })
                .collect(),
            columns: vec![],
            data: Table::default(),
        }
    }

    #[test]
    fn bar_lengths_are_proportional_to_values() {
        // A bar twice as long must mean a figure twice as large.
        let c = chart(vec![(
            None,
            vec![bar(0.0, 170_000.0), bar(0.0, 85_000.0), bar(0.0, 17_000.0)],
        )]);
        let max = c.scale_max();
        assert_eq!(max, 170_000.0);
        let ends: Vec<f64> = c.bars().map(|b| span(b, max).1).collect();
        assert_eq!(ends, vec![1.0, 0.5, 0.1]);
        // A range floats from its low to its high on the same scale.
        assert_eq!(span(&bar(87_000.0, 100_000.0), 100_000.0), (0.87, 1.0));
        // An empty chart draws nothing rather than dividing by zero.
        assert_eq!(span(&bar(0.0, 0.0), 0.0), (0.0, 0.0));
    }

    #[test]
    fn value_labels_stay_inside_the_chart() {
        assert_eq!(label_at((0.0, 0.3)), LabelAt::After);
        assert_eq!(label_at((0.0, 0.5)), LabelAt::After);
        assert_eq!(label_at((0.0, 1.0)), LabelAt::Inside);
        assert_eq!(label_at((0.87, 1.0)), LabelAt::Before);
        assert_eq!(label_at((0.2, 0.9)), LabelAt::Inside);
    }

    #[test]
    fn summary_names_the_extremes() {
        // Screen reader users hear the gist before walking through each bar.
        let mut big = bar(0.0, 170_000.0);
        big.label = "Backend developer".into();
        big.value_text = "$170,000".into();
        let mut small = bar(0.0, 11_963.0);
        small.label = "Full-stack developer".into();
        small.value_text = "$11,963".into();
        let c = chart(vec![
            (Some("United States"), vec![big]),
            (Some("India"), vec![small]),
        ]);
        assert_eq!(
            c.summary(),
            "Bar chart, T: 2 figures; highest $170,000 (Backend developer, United States), lowest $11,963 (Full-stack developer, India)"
        );
        let one = chart(vec![(None, vec![bar(0.0, 1.0)])]);
        assert_eq!(one.summary(), "Bar chart, T: 1 figure");
    }

    #[test]
    fn layout_stacks_headings_and_rows() {
        let c = chart(vec![
            (Some("United States"), vec![bar(0.0, 1.0), bar(0.0, 2.0)]),
            (Some("India"), vec![bar(0.0, 3.0)]),
        ]);
        let layout = c.layout();
        let ys: Vec<f64> = layout
            .rows
            .iter()
            .map(|r| match r {
                Row::Heading { y, .. } | Row::Bar { y, .. } => *y,
            })
            .collect();
        let (h, r) = (HEADING_HEIGHT, ROW_HEIGHT);
        assert_eq!(ys, vec![0.0, h, h + r, h + 2.0 * r, 2.0 * h + 2.0 * r]);
        assert_eq!(layout.height, 2.0 * h + 3.0 * r);
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        // A comma in a note must not shift every later column.
        let table = Table {
            columns: vec!["portal", "count", "note"],
            rows: vec![
                vec!["Indeed".into(), Cell::Number(20_000.0), Cell::Empty],
                vec![
                    "Naukri.com".into(),
                    Cell::Number(115_000.0),
                    "roughly 1.15 lakh, \"active\"".into(),
                ],
                vec!["Two\nlines".into(), Cell::Number(63_332.5), Cell::Empty],
            ],
        };
        assert_eq!(
            table.to_csv(),
            "portal,count,note\r\n\
             Indeed,20000,\r\n\
             Naukri.com,115000,\"roughly 1.15 lakh, \"\"active\"\"\"\r\n\
             \"Two\nlines\",63332.5,\r\n"
        );
    }

    #[test]
    fn json_keeps_column_order_and_types() {
        let table = Table {
            columns: vec!["role", "value", "n"],
            rows: vec![vec![
                "Back \"end\"".into(),
                Cell::Number(63_332.5),
                Cell::Empty,
            ]],
        };
        let json = table.to_json();
        assert_eq!(
            json,
            "[\n  {\"role\": \"Back \\\"end\\\"\", \"value\": 63332.5, \"n\": null}\n]\n"
        );
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed[0]["value"], 63_332.5);
    }
}
