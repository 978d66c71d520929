using System.ComponentModel.DataAnnotations;

namespace Factumerit.Email.Recruiting;

/// <summary>Section "Recruiting": how the recruiting sync scans mail. Defaults are the documented behaviour.</summary>
public sealed class RecruitingOptions
{
    public const string SectionName = "Recruiting";

    /// <summary>The bounded Gmail search a sync scans (<c>Recruiting__SyncQuery</c>).</summary>
    [Required]
    public string SyncQuery { get; set; } = "in:inbox newer_than:30d -in:chats";

    /// <summary>At most this many messages per sync.</summary>
    [Range(1, 5000)]
    public int MaxMessages { get; set; } = 500;

    [Range(1, 500)]
    public int PageSize { get; set; } = 100;

    /// <summary>How long a sync holds the mailbox between heartbeats before another may take over (a crashed run).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Characters of the body sent to the LLM.</summary>
    [Range(200, 20_000)]
    public int BodyChars { get; set; } = 3000;
}
