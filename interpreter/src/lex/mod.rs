//! The lexer: source text to tokens, and byte offsets to line/column positions.
//!
//! [`tokenize`] turns a whole source into [`Token`]s in one pass over its bytes;
//! [`tokenize_expr`] does the same for the expression of an f-string replacement field.
//! [`LineIndex`] maps the byte offsets in spans to lines and columns for messages.

pub(crate) mod cursor;
mod indent;
mod lexer;
mod line_index;
mod number;
mod string;
mod token;
mod unicode_names;

#[cfg(test)]
mod tests;

pub use lexer::{LexError, Lexed, MAX_BRACKETS, tokenize, tokenize_expr};
pub use line_index::LineIndex;

/// Whether `word` is a keyword (not a soft one): `keyword.iskeyword`.
#[cfg(feature = "collections")]
pub(crate) fn is_keyword(word: &str) -> bool {
    token::Kw::from_word(word).is_some()
}
pub use string::decode_str_into;
pub use token::{Kw, Op, Tok, Token};
