namespace Factumerit.Email.Mail;

/// <summary>
/// The rule tier that keeps personas from ever answering a robot (RFC 3834 §2): auto-replies,
/// lists, bulk mail, bounces and no-reply senders. Cheap, header-only, run before any LLM call.
/// </summary>
public static class AutomatedMailRules
{
    private static readonly string[] BulkPrecedence = ["bulk", "list", "junk", "auto_reply"];

    private static readonly string[] RobotLocalParts =
    [
        "noreply", "no-reply", "no_reply", "do-not-reply", "do_not_reply", "donotreply",
        "mailer-daemon", "postmaster", "notifications", "notification", "bounce", "bounces",
    ];

    /// <summary>Returns the first rule that marks the message as automated, or null for a person's mail.</summary>
    /// <param name="sender">The From address, if it parsed.</param>
    /// <param name="headers">The message headers; names are matched case-insensitively.</param>
    public static AutomatedMailMatch? Check(EmailAddress? sender, IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var list = headers as IReadOnlyCollection<KeyValuePair<string, string>> ?? headers.ToList();

        return CheckHeaders(list) ?? CheckSender(sender);
    }

    /// <summary>True when <see cref="Check"/> finds any rule.</summary>
    public static bool IsAutomated(EmailAddress? sender, IEnumerable<KeyValuePair<string, string>> headers) =>
        Check(sender, headers) is not null;

    private static AutomatedMailMatch? CheckHeaders(IReadOnlyCollection<KeyValuePair<string, string>> headers)
    {
        if (Find(headers, "Auto-Submitted") is { } autoSubmitted
            && !string.Equals(FirstToken(autoSubmitted), "no", StringComparison.OrdinalIgnoreCase))
        {
            return Match(AutomatedMailRule.AutoSubmitted, "Auto-Submitted", autoSubmitted);
        }

        if (Find(headers, "Precedence") is { } precedence
            && BulkPrecedence.Contains(FirstToken(precedence), StringComparer.OrdinalIgnoreCase))
        {
            return Match(AutomatedMailRule.Precedence, "Precedence", precedence);
        }

        if (Find(headers, "List-Id") is not null)
        {
            return new AutomatedMailMatch(AutomatedMailRule.ListId, "List-Id");
        }

        if (Find(headers, "List-Unsubscribe") is not null)
        {
            return new AutomatedMailMatch(AutomatedMailRule.ListUnsubscribe, "List-Unsubscribe");
        }

        if (Find(headers, "X-Auto-Response-Suppress") is { } suppress && suppress.Length > 0
            && !string.Equals(suppress, "None", StringComparison.OrdinalIgnoreCase))
        {
            return Match(AutomatedMailRule.AutoResponseSuppress, "X-Auto-Response-Suppress", suppress);
        }

        if (Find(headers, "Feedback-ID") is not null)
        {
            return new AutomatedMailMatch(AutomatedMailRule.FeedbackId, "Feedback-ID");
        }

        if (IsSetAndNotNo(Find(headers, "X-Autoreply")) is { } autoreply)
        {
            return Match(AutomatedMailRule.XAutoreply, "X-Autoreply", autoreply);
        }

        if (IsSetAndNotNo(Find(headers, "X-Autorespond")) is { } autorespond)
        {
            return Match(AutomatedMailRule.XAutorespond, "X-Autorespond", autorespond);
        }

        if (Find(headers, "Return-Path") is { } returnPath && returnPath.Replace(" ", "", StringComparison.Ordinal) == "<>")
        {
            return Match(AutomatedMailRule.NullReturnPath, "Return-Path", "<>");
        }

        return null;
    }

    private static AutomatedMailMatch? CheckSender(EmailAddress? sender)
    {
        if (sender is null)
        {
            return null;
        }

        var local = sender.BaseLocalPart;
        foreach (var robot in RobotLocalParts)
        {
            // "bounces-1234@" and "noreply.github@" are the same robots with a suffix.
            if (local.StartsWith(robot, StringComparison.Ordinal)
                && (local.Length == robot.Length || local[robot.Length] is '-' or '_' or '.'))
            {
                return new AutomatedMailMatch(AutomatedMailRule.SenderPattern, $"sender local part '{robot}'");
            }
        }

        return null;
    }

    private static string? Find(IReadOnlyCollection<KeyValuePair<string, string>> headers, string name)
    {
        foreach (var (key, value) in headers)
        {
            if (string.Equals(key.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return value?.Trim() ?? string.Empty;
            }
        }

        return null;
    }

    private static string? IsSetAndNotNo(string? value) =>
        value is null || string.Equals(FirstToken(value), "no", StringComparison.OrdinalIgnoreCase) ? null : value;

    // "auto-replied; owner-email=..." carries parameters after the keyword; the evidence keeps
    // only the keyword so an address in a parameter never reaches the audit trail.
    private static string FirstToken(string value) => value.Split(';', 2)[0].Trim();

    private static AutomatedMailMatch Match(AutomatedMailRule rule, string header, string value) =>
        new(rule, $"{header}: {Truncate(FirstToken(value))}");

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64];
}
