namespace Rasd.Core.Text;

/// <summary>What a <see cref="Token"/> is made of.</summary>
public enum TokenKind
{
    /// <summary>Arabic letters, with any diacritics, tatweel and zero-width joiners inside them.</summary>
    ArabicWord,

    /// <summary>
    /// Letters of any other script (Latin in practice), with digits and inner apostrophes or
    /// hyphens: <c>rc2zok9gfk43</c>, <c>O'Brien</c>, <c>5G</c>.
    /// </summary>
    LatinWord,

    /// <summary>Digits of any script with inner separators: <c>2020.12.20</c>, <c>13:48</c>, <c>1,500</c>, <c>٣٫٥</c>.</summary>
    Number,

    /// <summary>One punctuation character: <c>، ؛ ؟ . “ ” « »</c>, or a standalone tatweel used as a dash.</summary>
    Punctuation,

    /// <summary>Anything else that is visible: <c>+ | $</c>, emoji (a surrogate pair stays whole), stray marks, lone surrogates.</summary>
    Symbol,
}

/// <summary>A token of the original text; <see cref="TextSpan.End"/> is one past its last character.</summary>
/// <param name="Span">Where the token lies in the text it was read from.</param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
