//! JSON text → [`Node`] tree (RFC 8259, as strict as serde_json: no
//! trailing commas, no comments, no lone surrogates, depth at most 128).
//! Every node keeps the bytes where it starts and ends, for the errors of
//! the walk.

use super::Partial;

/// Arrays and objects nest less deeply than this (serde_json's limit): a hand-made
/// file must never overflow the stack.
const MAX_DEPTH: usize = 128;

#[derive(Debug)]
pub(crate) struct Node {
    /// The value's first byte.
    pub start: usize,
    /// The byte after the value.
    pub end: usize,
    pub kind: Kind,
}

#[derive(Debug)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    /// Integers as serde_json reads them: unsigned if they fit, else signed
    /// if they fit, else a float.
    U64(u64),
    I64(i64),
    F64(f64),
    Str(String),
    Array(Vec<Node>),
    Object(Vec<Entry>),
    /// Nested too deeply: an error wherever it is read (where in the text).
    TooDeep(usize),
}

#[derive(Debug)]
pub(crate) struct Entry {
    pub key: String,
    /// The byte after the key's closing quote.
    pub key_end: usize,
    pub value: Node,
}

/// Parses the whole of `text` as one JSON value.
pub(crate) fn parse(text: &str) -> Result<Node, Partial> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    p.skip_ws();
    let node = p.value()?;
    p.skip_ws();
    if p.i < p.s.len() {
        return Err(p.peek_error("trailing characters"));
    }
    Ok(node)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    /// An error at the byte about to be read (or the end of the text).
    fn peek_error(&self, message: &'static str) -> Partial {
        Partial::new(message, (self.i + 1).min(self.s.len()))
    }

    /// An error after the bytes read so far.
    fn error(&self, message: &'static str) -> Partial {
        Partial::new(message, self.i)
    }

    fn value(&mut self) -> Result<Node, Partial> {
        let start = self.i;
        let kind = match self.peek() {
            None => return Err(self.peek_error("EOF while parsing a value")),
            Some(b'n') => self.ident(b"null", Kind::Null)?,
            Some(b't') => self.ident(b"true", Kind::Bool(true))?,
            Some(b'f') => self.ident(b"false", Kind::Bool(false))?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b'"') => Kind::Str(self.string()?),
            Some(b'[' | b'{') if self.depth + 1 >= MAX_DEPTH => self.too_deep()?,
            Some(b'[') => {
                self.depth += 1;
                self.i += 1;
                let items = self.array();
                self.depth -= 1;
                Kind::Array(items?)
            }
            Some(b'{') => {
                self.depth += 1;
                self.i += 1;
                let entries = self.object();
                self.depth -= 1;
                Kind::Object(entries?)
            }
            Some(_) => return Err(self.peek_error("expected value")),
        };
        Ok(Node {
            start,
            end: self.i,
            kind,
        })
    }

    /// An array or object nested too deeply to read. serde_json reads as it
    /// decodes, so a type error before this point is what it reports; to
    /// report the same, the value is skipped (brackets counted, strings
    /// jumped over) and is an error only when the walk reaches it.
    fn too_deep(&mut self) -> Result<Kind, Partial> {
        let error = self.peek_error("recursion limit exceeded");
        let mut open = 0usize;
        while let Some(b) = self.peek() {
            self.i += 1;
            match b {
                b'[' | b'{' => open += 1,
                b']' | b'}' => {
                    open -= 1;
                    if open == 0 {
                        return Ok(Kind::TooDeep(error.at().unwrap_or_default()));
                    }
                }
                b'"' => {
                    while let Some(b) = self.peek() {
                        self.i += 1;
                        match b {
                            b'\\' => self.i += 1,
                            b'"' => break,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        Err(error)
    }

    fn ident(&mut self, word: &[u8], kind: Kind) -> Result<Kind, Partial> {
        for &expected in word {
            match self.peek() {
                None => return Err(self.error("EOF while parsing a value")),
                Some(b) if b == expected => self.i += 1,
                Some(_) => {
                    self.i += 1;
                    return Err(self.error("expected ident"));
                }
            }
        }
        Ok(kind)
    }

    fn digits(&mut self) -> usize {
        let from = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - from
    }

    fn number(&mut self) -> Result<Kind, Partial> {
        let start = self.i;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.peek_error("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            None => return Err(self.peek_error("EOF while parsing a value")),
            Some(_) => return Err(self.peek_error("invalid number")),
        }
        let mut float = false;
        if self.peek() == Some(b'.') {
            float = true;
            self.i += 1;
            if self.digits() == 0 {
                return Err(match self.peek() {
                    None => self.peek_error("EOF while parsing a value"),
                    Some(_) => self.peek_error("invalid number"),
                });
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            float = true;
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(match self.peek() {
                    None => self.peek_error("EOF while parsing a value"),
                    Some(_) => self.peek_error("invalid number"),
                });
            }
        }
        // The grammar above is a subset of Rust's, so these parses only
        // fail by overflowing; an integer too large is read as a float.
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or_default();
        // `-0` is the float -0.0, as in serde_json.
        if !float && text != "-0" {
            if let Ok(n) = text.parse::<u64>() {
                return Ok(Kind::U64(n));
            }
            if let Ok(n) = text.parse::<i64>() {
                return Ok(Kind::I64(n));
            }
        }
        match text.parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Kind::F64(n)),
            _ => Err(Partial::new("number out of range", self.i)),
        }
    }

    /// A string; `self.i` is at its opening quote.
    fn string(&mut self) -> Result<String, Partial> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            // Copy the plain run up to the next quote, backslash or control byte.
            let from = self.i;
            while let Some(&b) = self.s.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            out.extend_from_slice(&self.s[from..self.i]);
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.i += 1;
                    // Runs end only at ASCII bytes and escapes add whole
                    // characters, so this is the UTF-8 it came from.
                    return Ok(String::from_utf8(out).unwrap_or_default());
                }
                Some(b'\\') => {
                    self.i += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    self.i += 1;
                    return Err(self.error(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ));
                }
            }
        }
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), Partial> {
        let Some(b) = self.peek() else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.i += 1;
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xDC00..=0xDFFF => {
                        return Err(self.error("lone leading surrogate in hex escape"))
                    }
                    0xD800..=0xDBFF => {
                        for expected in [b'\\', b'u'] {
                            let Some(b) = self.peek() else {
                                return Err(self.error("EOF while parsing a string"));
                            };
                            self.i += 1;
                            if b != expected {
                                return Err(self.error("unexpected end of hex escape"));
                            }
                        }
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(self.error("lone leading surrogate in hex escape"));
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    code => code,
                };
                char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))?
            }
            _ => return Err(self.error("invalid escape")),
        };
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Partial> {
        if self.i + 4 > self.s.len() {
            self.i = self.s.len();
            return Err(self.error("EOF while parsing a string"));
        }
        let digits = &self.s[self.i..self.i + 4];
        self.i += 4;
        let mut n = 0;
        for &b in digits {
            let digit = (b as char)
                .to_digit(16)
                .ok_or_else(|| self.error("invalid escape"))?;
            n = n * 16 + digit;
        }
        Ok(n)
    }

    /// An array's items; `self.i` is past its `[`.
    fn array(&mut self) -> Result<Vec<Node>, Partial> {
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(items);
        }
        if self.peek().is_none() {
            return Err(self.peek_error("EOF while parsing a list"));
        }
        loop {
            let item = self.value().map_err(|e| e.in_index(items.len()))?;
            items.push(item);
            self.skip_ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        return Err(self.peek_error("trailing comma"));
                    }
                }
                Some(b']') => {
                    self.i += 1;
                    return Ok(items);
                }
                None => return Err(self.peek_error("EOF while parsing a list")),
                Some(_) => return Err(self.peek_error("expected `,` or `]`")),
            }
        }
    }

    /// An object's entries, in the order written; `self.i` is past its `{`.
    fn object(&mut self) -> Result<Vec<Entry>, Partial> {
        let mut entries = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(entries);
        }
        if self.peek().is_none() {
            return Err(self.peek_error("EOF while parsing an object"));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.peek_error("EOF while parsing a value")),
                Some(_) => return Err(self.peek_error("key must be a string")),
            }
            let key = self.string()?;
            let key_end = self.i;
            self.skip_ws();
            match self.peek() {
                Some(b':') => self.i += 1,
                None => return Err(self.peek_error("EOF while parsing an object")),
                Some(_) => return Err(self.peek_error("expected `:`")),
            }
            self.skip_ws();
            let value = self.value().map_err(|e| e.in_key(&key))?;
            entries.push(Entry {
                key,
                key_end,
                value,
            });
            self.skip_ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        return Err(self.peek_error("trailing comma"));
                    }
                }
                Some(b'}') => {
                    self.i += 1;
                    return Ok(entries);
                }
                None => return Err(self.peek_error("EOF while parsing an object")),
                Some(_) => return Err(self.peek_error("expected `,` or `}`")),
            }
        }
    }
}
