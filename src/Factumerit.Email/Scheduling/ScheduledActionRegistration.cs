namespace Factumerit.Email.Scheduling;

/// <summary>One registered action name; lets the scheduler reject unknown actions when they are scheduled.</summary>
public sealed record ScheduledActionRegistration(string Action);
