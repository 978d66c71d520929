using System.Globalization;
using Factumerit.Email.Personas.Handlers.Eis;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Providers.Vikunja;

/// <summary>
/// eis tasks kept in the configured Vikunja project. Vikunja has no idempotency key, so a message handled twice after
/// a crash between the create and the reply can add its task twice.
/// </summary>
internal sealed class VikunjaTaskList(VikunjaClient client, IOptions<VikunjaOptions> options) : ITaskList
{
    private long ProjectId => options.Value.ProjectId;

    public Task<IReadOnlyList<TaskItem>> ListOpenAsync(string userId, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            var tasks = await client.ListOpenTasksAsync(ProjectId, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<TaskItem>)tasks.Select(ToItem).ToList();
        });

    public Task<TaskItem> AddAsync(string userId, string title, string sourceKey, CancellationToken cancellationToken = default) =>
        Guard(async () => ToItem(await client.CreateTaskAsync(ProjectId, title, cancellationToken).ConfigureAwait(false)));

    public Task<bool> CompleteAsync(string userId, TaskItem task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        var id = long.Parse(task.Id, NumberStyles.None, CultureInfo.InvariantCulture);
        return Guard(() => client.MarkDoneAsync(id, cancellationToken));
    }

    private static TaskItem ToItem(VikunjaTask task) => new(
        task.Id.ToString(CultureInfo.InvariantCulture),
        task.Title,
        task.Created,
        task.DueDate is { Year: > 1 } due ? due : null);

    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is VikunjaApiException or HttpRequestException or TaskCanceledException { InnerException: TimeoutException })
        {
            throw new TaskListUnavailableException("The Vikunja task list could not be reached.", ex);
        }
    }
}
