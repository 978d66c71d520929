namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>One open task as eis lists it.</summary>
/// <param name="Id">The backend's id (a table row key, a Vikunja task id); never shown to the user.</param>
public sealed record TaskItem(string Id, string Title, DateTimeOffset? CreatedAt = null, DateTimeOffset? DueAt = null);

/// <summary>
/// A user's tasks: the built-in table, or Vikunja when one is configured. Listing order is stable (oldest first),
/// so "done 2" means the second line of the last list the user saw.
/// </summary>
public interface ITaskList
{
    Task<IReadOnlyList<TaskItem>> ListOpenAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a task. <paramref name="sourceKey"/> names the message that asked for it: backends that can, add it once
    /// however often the same message is handled.
    /// </summary>
    Task<TaskItem> AddAsync(string userId, string title, string sourceKey, CancellationToken cancellationToken = default);

    /// <returns>False when the task no longer exists or was already done.</returns>
    Task<bool> CompleteAsync(string userId, TaskItem task, CancellationToken cancellationToken = default);
}
