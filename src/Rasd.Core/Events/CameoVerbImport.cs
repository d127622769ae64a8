using System.Text.RegularExpressions;
using Rasd.Core.Text;

namespace Rasd.Core.Events;

/// <summary>A trigger row as written to <c>data/events/cameo-verbs.tsv</c>.</summary>
public sealed record TriggerRow(string Form, string Code, string Frame, string Pos, string Note);

/// <summary>
/// Converts the CAMEO Arabic verb dictionary (<c>CAMEO.ar.0.5.txt</c>, PETRARCH format,
/// openeventdata/UniversalPetrarch, MIT) into trigger rows. Kept: the verb lines of each
/// <c>--- LEMMA [CODE] ---</c> block, with the line's own code or else the block's; <c>+</c>
/// joins in a form become spaces (رفع+مستوى → رفع مستوى). Each lemma (a past-tense third-person
/// masculine stem) also yields its feminine past (قتلت) and imperfect (يقتل، يستخدم). Dropped:
/// pattern lines (<c>- * ...</c>: they need a phrase parser), synonym sets, blocks and lines
/// without a code (<c>[---]</c>), forms of fewer than three letters or that are stop words
/// (لم is a negation particle), and every row outside the material-conflict roots 14, 15 and
/// 17–20 (protest, force posture, coercion, assault, fight, mass violence). The curated lexicon
/// covers consultation, aid and the verbal roots; there the dictionary's lemmas are broad
/// everyday verbs (جاء [040], جمع [192], جدد, بحث [163]) that read ordinary prose as events
/// (on the seeds, keeping them cost a fifth of the recall and precision).
/// </summary>
public static partial class CameoVerbImport
{
    private static readonly string[] KeptRoots = ["14", "15", "17", "18", "19", "20"];

    [GeneratedRegex(@"^---\s*(?<lemma>\S+)\s*\[(?<code>[^\]]*)\]\s*---\s*$")]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"^(?<form>[^\[#]+?)\s*(\[(?<code>[^\]]*)\])?\s*(#\s*(?<gloss>.*))?$")]
    private static partial Regex VerbLine();

    /// <summary>Trigger rows from the dictionary's lines, each form once (first wins).</summary>
    public static IReadOnlyList<TriggerRow> Convert(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = new List<TriggerRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? blockCode = null;
        var inBlocks = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (BlockHeader().Match(line) is { Success: true } header)
            {
                inBlocks = true;
                blockCode = CodeOrNull(header.Groups["code"].Value);
                continue;
            }
            if (!inBlocks || line.Length == 0 || line[0] is '-' or '#' or '&' or '+')
            {
                continue;
            }
            if (VerbLine().Match(line) is not { Success: true } verb)
            {
                continue;
            }
            var code = CodeOrNull(verb.Groups["code"].Value) ?? blockCode;
            var form = verb.Groups["form"].Value.Replace('+', ' ').Replace('_', ' ').Trim();
            if (code is null || !KeptRoots.Contains(code[..2]) || form.Contains(' ', StringComparison.Ordinal) && form.Split(' ').Any(w => w.Length == 0))
            {
                continue;
            }
            var gloss = verb.Groups["gloss"].Value.Trim();
            foreach (var inflected in Inflections(form))
            {
                var key = ArabicNormalizer.NormalizeKey(inflected);
                var first = key.Split(' ')[0];
                if (first.Length < 3 || StopWords.Contains(first) || !first.All(ArabicChars.IsArabicLetter) || !seen.Add(key))
                {
                    continue;
                }
                rows.Add(new TriggerRow(inflected, code, "plain", "v", gloss));
            }
        }
        return rows;
    }

    /// <summary>The lemma, its feminine past and its imperfect (third person masculine).</summary>
    internal static IEnumerable<string> Inflections(string form)
    {
        var words = form.Split(' ');
        var head = words[0];
        var tail = words.Length > 1 ? " " + string.Join(' ', words[1..]) : "";
        yield return form;
        if (head.EndsWith('ى') || head.EndsWith('ا'))
        {
            // Defective verbs change their stem (دعا، رمى); only the lemma is safe.
            yield break;
        }
        yield return head + "ت" + tail;
        // Form I (قتل → يقتل) and forms with a prefix (تظاهر → يتظاهر) take ي; forms starting
        // with a hamzat wasl alef (انتهك → ينتهك, استخدم → يستخدم) lose it; أ-initial form IV (أطلق → يطلق) too.
        var imperfect = head[0] is 'ا' or 'أ' or 'إ' ? "ي" + head[1..] : "ي" + head;
        yield return imperfect + tail;
    }

    /// <summary>The rows as a TSV file with its provenance header.</summary>
    public static string ToTsv(IReadOnlyList<TriggerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new System.Text.StringBuilder();
        builder.Append("# Generated from ../shared/data/cameo-arabic/CAMEO.ar.0.5.txt by Rasd.Core.Events.CameoVerbImport;\n")
            .Append("# do not edit by hand (tests/Rasd.Core.Tests/Events/LexiconTests regenerates it with RASD_REGENERATE=1).\n")
            .Append("# Source: CAMEO Arabic verb dictionary, openeventdata/UniversalPetrarch (branch arabic), MIT licence,\n")
            .Append("# (c) 2016 Open Event Data Alliance; see cameo-verbs.LICENSE. Columns as triggers.tsv; the last is the\n")
            .Append("# dictionary's English gloss. Only roots 14, 15 and 17-20 are kept; pattern lines are dropped (see the class doc).\n");
        foreach (var row in rows)
        {
            builder.Append(row.Form).Append('\t').Append(row.Code).Append('\t').Append(row.Frame).Append('\t')
                .Append(row.Pos).Append('\t').Append(row.Note).Append('\n');
        }
        return builder.ToString();
    }

    private static string? CodeOrNull(string code)
    {
        var trimmed = code.Trim();
        return trimmed.Length >= 2 && trimmed.All(char.IsAsciiDigit) ? trimmed : null;
    }
}
