using Rasd.Core.Knowledge;
using Rasd.Core.Resolution;

namespace Rasd.Core.Tests.Knowledge;

/// <summary>The shipped knowledge base and the stages built on it, loaded once for all tests.</summary>
internal static class SharedKnowledge
{
    private static readonly Lazy<KnowledgeBase> LazyKb = new(() => KnowledgeBaseLoader.LoadDefault());
    private static readonly Lazy<EntityExtractor> LazyExtractor = new(() => new EntityExtractor(Kb));

    public static KnowledgeBase Kb => LazyKb.Value;

    public static EntityExtractor Extractor => LazyExtractor.Value;
}
