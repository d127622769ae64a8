using Rasd.Core.Recognition;

namespace Rasd.Core.Quotes;

/// <summary>What follows a speech verb and says where the speech is.</summary>
internal enum Introducer
{
    /// <summary>Nothing: the verb reports no words here (أعرب عن أمله في …), but still names a speaker.</summary>
    None,
    /// <summary>A colon: direct speech, marked or not, or a bullet list.</summary>
    Colon,
    /// <summary>أن/إن/بأن: reported speech, or a quotation when quote marks fill the clause.</summary>
    Complementizer,
    /// <summary>A quotation in marks reached before any colon or complementizer.</summary>
    Quotation,
}

/// <summary>How the subject of a speech act was read.</summary>
internal enum SubjectKind
{
    /// <summary>No subject after the verb: the speaker is carried over.</summary>
    Implicit,
    /// <summary>A PER or ORG mention.</summary>
    Mention,
    /// <summary>A statement noun (وأضاف البيان): the author of the last statement.</summary>
    Statement,
    /// <summary>A bare title (الوزير السوري): the last speaker of that country.</summary>
    Title,
    /// <summary>An outlet named by its kind (وذكرت الوكالة): the last outlet a quote was attributed to.</summary>
    Outlet,
    /// <summary>A subject that names no entity (وسائل إعلام روسية): no speaker.</summary>
    Unknown,
}

/// <summary>A speech verb with its subject and what it introduces.</summary>
/// <param name="Start">Offset of the verb (or of the speaker's name in a headline «بوتين: …»).</param>
/// <param name="Class">The verb's class.</param>
/// <param name="Subject">How the subject was read.</param>
/// <param name="Mention">The subject mention, for <see cref="SubjectKind.Mention"/>.</param>
/// <param name="TitleCountry">ISO3 of the nisba after a bare title, for <see cref="SubjectKind.Title"/>.</param>
/// <param name="Introducer">What the verb introduces.</param>
/// <param name="IntroducerWord">Index of the colon or complementizer word, or of the first word of the quotation.</param>
/// <param name="Stretch">The quotation, for <see cref="Introducer.Quotation"/>.</param>
/// <param name="Conjoined">The verb opens a new clause (a comma or و before it): it ends a reported clause before it.</param>
internal sealed record SpeechAct(
    int Start,
    VerbClass Class,
    SubjectKind Subject,
    EntityMention? Mention,
    string? TitleCountry,
    Introducer Introducer,
    int IntroducerWord,
    QuotedStretch? Stretch,
    bool Conjoined);
