using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>Why the rule tier calls a message automated.</summary>
/// <param name="Code">A stable code: <c>blacklist</c>, <c>sender_pattern</c> or an <see cref="AutomatedMailMatch.Code"/>.</param>
public sealed record RuleVerdict(string Code, string Evidence);

/// <summary>
/// The rule tier (spec 002/004): automation detection only, never intent. The mailbox's blacklist first, then
/// the shared RFC 3834 / list / robot-sender rules, then the extra robot senders spec 004 names.
/// </summary>
public static class RuleTier
{
    public const string BlacklistCode = "blacklist";

    // Spec 004 also names these senders; the shared rules stop at the robots personas must never answer.
    private static readonly string[] ExtraRobotLocalParts = ["automated", "updates", "alerts", "news", "newsletter"];

    public static RuleVerdict? Check(EmailAddress? sender, IReadOnlyList<KeyValuePair<string, string>> headers, MailboxSettings settings)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(settings);
        if (sender is not null && settings.Blacklist.FirstOrDefault(p => Glob.IsMatch(p.Trim(), sender.Address)) is { } pattern)
        {
            return new RuleVerdict(BlacklistCode, $"blacklist pattern '{pattern}'");
        }
        if (AutomatedMailRules.Check(sender, headers) is { } match)
        {
            return new RuleVerdict(match.Code, match.Evidence);
        }
        if (sender is not null && ExtraRobotLocalParts.FirstOrDefault(r => IsRobot(sender.BaseLocalPart, r)) is { } robot)
        {
            return new RuleVerdict("sender_pattern", $"sender local part '{robot}'");
        }
        return null;
    }

    private static bool IsRobot(string local, string robot) =>
        local.StartsWith(robot, StringComparison.Ordinal)
        && (local.Length == robot.Length || local[robot.Length] is '-' or '_' or '.');
}
