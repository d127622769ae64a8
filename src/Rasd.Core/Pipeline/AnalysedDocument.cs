using Rasd.Core.Events;
using Rasd.Core.Framing;
using Rasd.Core.Ingest;
using Rasd.Core.Quotes;
using Rasd.Core.Resolution;
using Rasd.Core.Text;
using Rasd.Core.Time;

namespace Rasd.Core.Pipeline;

/// <summary>A time expression with its value against the document's date (null when no single date is known).</summary>
/// <param name="Expression">The expression as found.</param>
/// <param name="Value">Its TIMEX3 value, when it could be resolved.</param>
public sealed record ResolvedTime(TimeExpression Expression, TimexValue? Value);

/// <summary>Everything the per-document stages found, ready to store.</summary>
/// <param name="Document">The cleaned document, its publication date inferred when the text allowed.</param>
/// <param name="Text">Tokens and sentences of the body.</param>
/// <param name="Entities">Linked entity mentions and stated roles.</param>
/// <param name="Times">Time expressions with their values.</param>
/// <param name="Events">Events, one per real event of the document.</param>
/// <param name="Quotes">Direct and indirect quotes with their speakers.</param>
/// <param name="Framing">How the document names actors, its scare quotes and tone.</param>
public sealed record AnalysedDocument(
    Document Document,
    AnalysedText Text,
    ResolvedEntities Entities,
    IReadOnlyList<ResolvedTime> Times,
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<Quote> Quotes,
    DocumentFraming Framing);
