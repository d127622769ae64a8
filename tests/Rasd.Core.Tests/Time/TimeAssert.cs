using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Core.Tests.Time;

/// <summary>Tags a sentence and checks the one expression found in it, offsets included.</summary>
internal static class TimeAssert
{
    public static TimeExpression Single(string sentence, string expected)
    {
        var found = TimeTagger.Default.Tag(TextAnalyzer.Analyze(sentence));
        var expression = Assert.Single(found);
        var start = sentence.IndexOf(expected, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{expected}' is not in the sentence");
        Assert.Equal(new TextSpan(start, start + expected.Length), expression.Span);
        Assert.Equal(expected, expression.Text);
        return expression;
    }

    public static TimexValue Value(string sentence, string expected, string reference) =>
        TimeNormalizer.Normalize(Single(sentence, expected), DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));

    public static IReadOnlyList<TimeExpression> All(string sentence) => TimeTagger.Default.Tag(TextAnalyzer.Analyze(sentence));
}
