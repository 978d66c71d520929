namespace Factumerit.Email.Assistant;

/// <summary>Where one classified email is in its lifecycle (spec 002, "Lifecycle Management").</summary>
public enum EmailStatus
{
    Pending,
    Drafted,
    Skipped,
    Sent,
    Archived,
}
