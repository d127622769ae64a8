using System.Collections.Frozen;
using Rasd.Core.Data;
using Rasd.Core.Text;

namespace Rasd.Core.Quotes;

/// <summary>What a speech verb of <c>data/quotes/speech-verbs.tsv</c> is.</summary>
internal enum VerbClass
{
    /// <summary>Not a speech verb.</summary>
    None,
    /// <summary>A finite speech verb: قال، أكد، أوضح.</summary>
    Verb,
    /// <summary>A verb that continues the previous speaker when it has no subject: أضاف، تابع.</summary>
    Continuation,
    /// <summary>An adverbial participle hanging on the clause's speaker: مؤكدا، مشيرة.</summary>
    Participle,
    /// <summary>'جاء في بيان X': a speech act whose author follows a statement noun.</summary>
    Statement,
}

/// <summary>Roles of the function words in <c>data/quotes/particles.tsv</c>.</summary>
[Flags]
internal enum ParticleRole
{
    None = 0,
    Complementizer = 1,
    Preposition = 2,
    Blocker = 4,
    Attribution = 8,
    Statement = 16,
    Title = 32,
    NotSubject = 64,
    Outlet = 128,
}

/// <summary>
/// Speech verbs and the function words around them, read once from <c>data/quotes/</c> and
/// looked up by normalised key. Immutable and thread-safe.
/// </summary>
internal sealed class QuoteLexicon
{
    private static readonly string[] ObjectPronouns = ["هما", "هم", "ها", "ه"];

    private readonly FrozenDictionary<string, VerbClass> _verbs;
    private readonly FrozenDictionary<string, ParticleRole> _particles;

    private QuoteLexicon(FrozenDictionary<string, VerbClass> verbs, FrozenDictionary<string, ParticleRole> particles)
    {
        _verbs = verbs;
        _particles = particles;
    }

    /// <summary>The shipped lexicon.</summary>
    public static QuoteLexicon Default => LazyDefault.Value;

    private static readonly Lazy<QuoteLexicon> LazyDefault = new(() => Load(RasdData.DefaultDirectory));

    /// <summary>Reads <c>quotes/speech-verbs.tsv</c> and <c>quotes/particles.tsv</c> under a data folder.</summary>
    public static QuoteLexicon Load(string dataDirectory)
    {
        var verbs = new Dictionary<string, VerbClass>(StringComparer.Ordinal);
        foreach (var line in TsvFile.Read(Path.Combine(dataDirectory, "quotes", "speech-verbs.tsv"), 2))
        {
            var verbClass = line.Fields[1].Trim() switch
            {
                "verb" => VerbClass.Verb,
                "continuation" => VerbClass.Continuation,
                "participle" => VerbClass.Participle,
                "statement" => VerbClass.Statement,
                var other => throw line.Error($"unknown verb class '{other}'"),
            };
            verbs[ArabicNormalizer.NormalizeKey(line.Fields[0].Trim())] = verbClass;
        }
        var particles = new Dictionary<string, ParticleRole>(StringComparer.Ordinal);
        foreach (var line in TsvFile.Read(Path.Combine(dataDirectory, "quotes", "particles.tsv"), 2))
        {
            var role = line.Fields[1].Trim() switch
            {
                "complementizer" => ParticleRole.Complementizer,
                "preposition" => ParticleRole.Preposition,
                "blocker" => ParticleRole.Blocker,
                "attribution" => ParticleRole.Attribution,
                "statement" => ParticleRole.Statement,
                "title" => ParticleRole.Title,
                "not-subject" => ParticleRole.NotSubject,
                "outlet" => ParticleRole.Outlet,
                var other => throw line.Error($"unknown particle role '{other}'"),
            };
            var key = ArabicNormalizer.NormalizeKey(line.Fields[0].Trim());
            particles[key] = particles.GetValueOrDefault(key) | role;
        }
        return new QuoteLexicon(verbs.ToFrozenDictionary(StringComparer.Ordinal), particles.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The class of a normalised word, read with a conjunction (و/ف) and an object pronoun removed when the word itself is not listed.</summary>
    public VerbClass Verb(string key)
    {
        if (_verbs.TryGetValue(key, out var found))
        {
            return found;
        }
        var bare = WithoutConjunction(key);
        if (bare is not null && _verbs.TryGetValue(bare, out found))
        {
            return found;
        }
        // اعتبرتها، قاله: a pronoun object on a finite verb.
        foreach (var stem in (ReadOnlySpan<string?>)[key, bare])
        {
            if (stem is null)
            {
                continue;
            }
            foreach (var pronoun in ObjectPronouns)
            {
                if (stem.Length > pronoun.Length + 2 && stem.EndsWith(pronoun, StringComparison.Ordinal)
                    && _verbs.TryGetValue(stem[..^pronoun.Length], out found) && found is VerbClass.Verb or VerbClass.Continuation)
                {
                    return found;
                }
            }
        }
        return VerbClass.None;
    }

    /// <summary>The roles of a normalised word, read with a conjunction removed when the word itself is not listed.</summary>
    public ParticleRole Particle(string key)
    {
        if (_particles.TryGetValue(key, out var found))
        {
            return found;
        }
        var bare = WithoutConjunction(key);
        return bare is not null ? _particles.GetValueOrDefault(bare) : ParticleRole.None;
    }

    /// <summary>True when the word carries a conjunction و/ف that the lexicon form lacks.</summary>
    public bool HasConjunction(string key) =>
        !_verbs.ContainsKey(key) && WithoutConjunction(key) is { } bare && _verbs.ContainsKey(bare);

    private static string? WithoutConjunction(string key) =>
        key.Length > 2 && key[0] is 'و' or 'ف' ? key[1..] : null;
}
