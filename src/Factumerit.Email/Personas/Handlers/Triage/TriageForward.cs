using System.Text;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Personas.Handlers.Triage;

/// <summary>
/// The forward to <c>route_to</c>, with the labels in the subject and the classification above the original. Sent by
/// the handler itself because the pipeline's own forward keeps the original subject.
/// </summary>
internal static class TriageForward
{
    public const int MaxBodyChars = 100_000;

    public static OutboundEmail Create(EmailContext context, EmailAddress routeTo, TriageClassification classification, string note)
    {
        var body = context.Text ?? context.ReplyText;
        if (body.Length > MaxBodyChars)
        {
            body = body[..MaxBodyChars] + "\n[… truncated]";
        }
        var text = new StringBuilder()
            .AppendLine(note)
            .AppendLine()
            .AppendLine("---------- Forwarded message ---------")
            .AppendLine($"From: {context.From.ToDisplayString()}")
            .AppendLine($"Subject: {context.Subject}")
            .AppendLine()
            .Append(body)
            .ToString();
        return new OutboundEmail(
            PersonaAddresses.Mailbox(context),
            [routeTo.Address],
            $"[{string.Join(",", classification.Labels)}] {context.Subject}",
            text,
            ReplyTo: context.From.Address,
            // Marked automatic so that a forward which comes back to us is never triaged again.
            Headers: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [ReplyThreading.AutoSubmittedHeader] = "auto-generated" },
            Kind: "forward");
    }

    public static string IdempotencyKey(EmailContext context) =>
        "triage:" + (context.MessageId ?? $"{PersonaAddresses.Hash(context.From)}:{context.Subject.GetHashCode(StringComparison.Ordinal)}");
}
