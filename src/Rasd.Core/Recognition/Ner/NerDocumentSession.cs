namespace Rasd.Core.Recognition.Ner;

/// <summary>Tags the sentences of one document in order, each in the light of those before it (<see cref="NerTagger.BeginDocument"/>).</summary>
internal sealed class NerDocumentSession(NerTagger tagger) : ITokenTagger
{
    private readonly NerDocumentMemory _memory = new(NerDocumentMemory.DefaultWindow);

    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return NerTagger.Names(tagger.Predict(tokens, _memory));
    }
}
