namespace Rasd.Core.Knowledge;

/// <summary>
/// The inflections of a nisba adjective from its masculine singular (سوري): feminine, dual and
/// sound plurals, each with and without the article. Regular morphology, so it is code; the
/// adjectives themselves are data (countries.tsv).
/// </summary>
internal static class NisbaForms
{
    private static readonly string[] Endings = ["", "ة", "ون", "ين", "ان", "تان", "تين", "ات"];

    public static IEnumerable<string> Of(string masculineSingular)
    {
        foreach (var ending in Endings)
        {
            var form = masculineSingular + ending;
            yield return form;
            yield return "ال" + form;
        }
    }
}
