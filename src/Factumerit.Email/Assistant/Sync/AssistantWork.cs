namespace Factumerit.Email.Assistant.Sync;

/// <summary>One queue message a sync sends; <see cref="Key"/> de-duplicates it within the sync.</summary>
public sealed record AssistantWork(string Queue, object Message, string Key);
