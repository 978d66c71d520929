using System.Diagnostics.CodeAnalysis;

namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>The outcome of <see cref="NaturalTimeParser.Parse"/>.</summary>
/// <param name="DueAt">The instant, expressed with the sender's UTC offset at that instant; set on success and for <see cref="NaturalTimeError.InPast"/>.</param>
/// <param name="Text">What follows the time expression ("call Ana"); empty when nothing does.</param>
/// <param name="Error">Null on success.</param>
public sealed record NaturalTimeResult(DateTimeOffset? DueAt, string Text, NaturalTimeError? Error)
{
    [MemberNotNullWhen(true, nameof(DueAt))]
    public bool Succeeded => Error is null && DueAt is not null;

    public static NaturalTimeResult Fail(NaturalTimeError error, DateTimeOffset? dueAt = null, string text = "") =>
        new(dueAt, text, error);
}
