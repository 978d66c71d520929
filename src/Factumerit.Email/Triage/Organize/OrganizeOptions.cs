using System.ComponentModel.DataAnnotations;

namespace Factumerit.Email.Triage.Organize;

/// <summary>Section "Triage:Organize".</summary>
public sealed class OrganizeOptions
{
    public const string SectionName = "Triage:Organize";

    /// <summary>Threads per page, and so per queue message (threads.list allows 1 to 500).</summary>
    [Range(1, 500)]
    public int PageSize { get; set; } = 25;

    /// <summary>How long a worker's claim on a page holds before another delivery may take the page over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>On this delivery of a page a thread that keeps failing is counted as an error instead of failing the page.</summary>
    [Range(1, 100)]
    public int LastDelivery { get; set; } = 5;
}
