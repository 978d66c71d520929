using System.Globalization;
using Factumerit.Email.Assistant.Gmail;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>Writes a classification into an email record, and describes it for the event log.</summary>
public static class ClassifiedRecord
{
    public static AssistantEmail Apply(AssistantEmail record, ClassificationInput input, ClassificationResult result,
        GmailThreadSnapshot thread, GmailThreadMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(thread);
        ArgumentNullException.ThrowIfNull(message);
        return record with
        {
            ThreadId = thread.Id,
            From = input.Sender?.Address,
            Subject = Truncate(input.Subject, 500),
            Category = result.Category,
            Confidence = result.Confidence,
            Reasoning = Truncate(result.Reasoning, 2000),
            Language = result.Language,
            Style = result.Style,
            IsAutomated = result.IsAutomated,
            AutomatedRule = result.AutomatedRule,
            Tier = result.Tier,
            MessageCount = thread.Sent.Count,
            ReceivedAt = message.ReceivedAt ?? record.ReceivedAt,
            ClassifiedAt = now,
        };
    }

    /// <summary>An address-free summary: tier, confidence, rule, language and style.</summary>
    public static string Describe(AssistantEmail record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Create(CultureInfo.InvariantCulture,
            $"tier={record.Tier}; confidence={record.Confidence}; rule={record.AutomatedRule ?? "-"}; language={record.Language}; style={record.Style}");
    }

    private static string Truncate(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : text[..max];
}
