using System.ComponentModel.DataAnnotations;

namespace Factumerit.Email.Assistant;

/// <summary>Section "Assistant": how the Gmail assistant syncs and classifies. Defaults are the documented behaviour.</summary>
public sealed class AssistantOptions
{
    public const string SectionName = "Assistant";

    /// <summary>
    /// Pushes within this window after one that queued a sync are absorbed by it: the sync is queued to run at the
    /// window's end, so it sees their changes too. Gmail pushes up to once a second and repeats itself.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SyncCoalesceWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one sync may hold the mailbox before another may take over (a crashed instance).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan SyncLeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The Gmail search run when history has expired (404); bounded by <see cref="FullSyncMaxMessages"/>.</summary>
    [Required]
    public string FullSyncQuery { get; set; } = "in:inbox newer_than:2d -in:sent";

    [Range(1, 500)]
    public int FullSyncMaxMessages { get; set; } = 100;

    /// <summary>Watches expiring within this window are renewed by the daily renewal.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "7.00:00:00")]
    public TimeSpan WatchRenewalWindow { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Characters of the body the classifier sends to the LLM (spec 002).</summary>
    [Range(200, 20_000)]
    public int ClassifyBodyChars { get; set; } = 2000;

    /// <summary>A classification claimed longer ago than this (its run crashed) may be taken over.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The communication styles file; only the style names are read here.</summary>
    public string StylesFile { get; set; } = "config/communication_styles.yaml";
}
