using Rasd.Core;
using Rasd.Core.Knowledge;
using Rasd.Core.Recognition;
using Rasd.Core.Recognition.Ner;

namespace Rasd.Cli.Commands;

/// <summary>The statistical tagger the CLI uses beside the rules.</summary>
internal static class NerModels
{
    /// <summary>
    /// The shipped model with the gazetteer features it was trained with (<paramref name="kb"/> and
    /// <c>data/ner/given-names.txt</c>), or null when no model is installed.
    /// </summary>
    public static ITokenTagger? Default(KnowledgeBase kb) =>
        File.Exists(RasdData.File(NerTagger.DefaultModelPath)) ? Load(NerTagger.DefaultModelPath, kb) : null;

    /// <summary>
    /// A model file (a path, or relative to the data folder), given the knowledge-base gazetteer
    /// when it was trained with one.
    /// </summary>
    public static NerTagger Load(string path, KnowledgeBase kb)
    {
        var file = File.Exists(path) ? path : RasdData.File(path);
        var tagger = NerTagger.Load(file);
        return tagger.UsesGazetteer ? tagger.WithGazetteer(KbGazetteerFeatures.CreateDefault(kb)) : tagger;
    }
}
