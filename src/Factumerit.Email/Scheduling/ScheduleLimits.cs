using System.Text.RegularExpressions;

namespace Factumerit.Email.Scheduling;

/// <summary>Argument rules shared by every <see cref="IScheduler"/>, checked before any I/O.</summary>
public static partial class ScheduleLimits
{
    public const int MaxSubjectKeyChars = 256;
    public const int MaxDedupeKeyChars = 256;

    /// <summary>A table string property holds 64 KiB of UTF-16; leave room for the rest of the row.</summary>
    public const int MaxPayloadChars = 30_000;

    /// <summary>Action names are short identifiers: letters, digits, '.', '-' and '_', starting with a letter.</summary>
    public static bool IsValidActionName(string? action) => action is not null && ActionName().IsMatch(action);

    public static void ValidateActionName(string? action, string paramName)
    {
        if (!IsValidActionName(action))
        {
            throw new ArgumentException(
                $"Action name '{action}' is invalid: use 1-64 letters, digits, '.', '-' or '_', starting with a letter.", paramName);
        }
    }

    public static void ValidateSubjectKey(string? subjectKey, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectKey, paramName);
        if (subjectKey.Length > MaxSubjectKeyChars)
        {
            throw new ArgumentException($"The subject key is {subjectKey.Length} characters; at most {MaxSubjectKeyChars} are allowed.", paramName);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ActionName();
}
