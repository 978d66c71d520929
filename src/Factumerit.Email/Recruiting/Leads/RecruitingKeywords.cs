namespace Factumerit.Email.Recruiting.Leads;

/// <summary>
/// The cheap filter before lead extraction: only mail whose subject or opening mentions recruiting goes to the LLM,
/// which keeps the sync's cost to the few messages that can be leads.
/// </summary>
public static class RecruitingKeywords
{
    private const int ScannedBodyChars = 2000;

    private static readonly string[] Words =
    [
        "recruit", "hiring", "job opportunity", "opportunity", "position", "role at", "open role", "your profile",
        "your background", "your experience", "talent", "headhunt", "vacancy", "job opening", "candidate", "career",
    ];

    public static bool Matches(string? subject, string? body)
    {
        var text = (subject ?? "") + "\n" + (body is null ? "" : body.Length > ScannedBodyChars ? body[..ScannedBodyChars] : body);
        return Words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
