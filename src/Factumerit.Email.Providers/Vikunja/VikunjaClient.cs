using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Factumerit.Email.Providers.Vikunja;

/// <summary>
/// The few Vikunja REST calls eis needs, relative to the API root (<c>…/api/v1/</c>). Non-success answers become
/// <see cref="VikunjaApiException"/> with Vikunja's error code.
/// </summary>
public sealed class VikunjaClient(HttpClient http)
{
    /// <summary>Vikunja's largest page; more pages are followed through <c>x-pagination-total-pages</c>.</summary>
    private const int PageSize = 250;
    private const int MaxPages = 20;

    /// <summary>
    /// The project's open tasks, oldest first. Uses <c>GET tasks/all</c>, which every Vikunja version serves, with both
    /// the newer <c>filter</c> and the older <c>filter_by</c> parameters; the project and done state are checked again
    /// here because older servers ignore the newer parameter and the other way round.
    /// </summary>
    public async Task<IReadOnlyList<VikunjaTask>> ListOpenTasksAsync(long projectId, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(projectId);
        var tasks = new List<VikunjaTask>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var url = "tasks/all?filter=" + Uri.EscapeDataString($"done = false && project = {projectId}")
                + "&filter_by=done&filter_value=false&sort_by=id&order_by=asc"
                + $"&per_page={PageSize}&page={page.ToString(CultureInfo.InvariantCulture)}";
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            var batch = await response.Content.ReadFromJsonAsync(VikunjaJsonContext.Default.ListVikunjaTask, cancellationToken)
                .ConfigureAwait(false) ?? [];
            tasks.AddRange(batch.Where(t => !t.Done && t.ProjectId == projectId));
            if (!HasMorePages(response, page) || batch.Count == 0)
            {
                break;
            }
        }
        return tasks.OrderBy(t => t.Id).ToList();
    }

    /// <summary><c>PUT projects/{id}/tasks</c>: Vikunja creates with PUT.</summary>
    public async Task<VikunjaTask> CreateTaskAsync(long projectId, string title, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(projectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var url = $"projects/{projectId.ToString(CultureInfo.InvariantCulture)}/tasks";
        using var response = await http.PutAsJsonAsync(url, new VikunjaNewTask(title.Trim()), VikunjaJsonContext.Default.VikunjaNewTask,
            cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(VikunjaJsonContext.Default.VikunjaTask, cancellationToken).ConfigureAwait(false)
            ?? throw new VikunjaApiException((int)response.StatusCode, "Vikunja answered the create with no task.", null);
    }

    /// <summary>
    /// Marks a task done. Vikunja's <c>POST tasks/{id}</c> replaces the task with the body, so the current task is read
    /// first and sent back whole with <c>done: true</c>; fields we do not model survive.
    /// </summary>
    /// <returns>False when the task is gone (404) or already done.</returns>
    public async Task<bool> MarkDoneAsync(long taskId, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(taskId);
        var url = $"tasks/{taskId.ToString(CultureInfo.InvariantCulture)}";
        using var current = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        if (current.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
        await EnsureSuccessAsync(current, cancellationToken).ConfigureAwait(false);
        var task = JsonNode.Parse(await current.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)) as JsonObject
            ?? throw new VikunjaApiException((int)current.StatusCode, "Vikunja answered with a task that is not a JSON object.", null);
        if (task["done"]?.GetValueKind() == JsonValueKind.True)
        {
            return false;
        }
        task["done"] = true;
        using var content = new StringContent(task.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var updated = await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(updated, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static bool HasMorePages(HttpResponseMessage response, int page) =>
        response.Headers.TryGetValues("x-pagination-total-pages", out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var total)
        && page < total;

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        VikunjaError? error = null;
        try
        {
            error = await response.Content.ReadFromJsonAsync(VikunjaJsonContext.Default.VikunjaError, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // Not Vikunja's error shape (a proxy's HTML page): the status says enough.
        }
        var status = (int)response.StatusCode;
        throw new VikunjaApiException(status, $"Vikunja answered {status}: {error?.Message ?? response.ReasonPhrase}",
            error?.Code?.ToString(CultureInfo.InvariantCulture));
    }
}
