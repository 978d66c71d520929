using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Http;

namespace Factumerit.Email.Providers.Gmail;

public sealed partial class GmailClient
{
    /// <summary>threads.list: one page of conversation ids (newest first, 10 units). <paramref name="q"/> uses Gmail search syntax.</summary>
    public Task<ListThreadsResponse> ListThreadsAsync(IEnumerable<string>? labelIds = null, int? maxResults = null, string? pageToken = null,
        string? q = null, CancellationToken cancellationToken = default)
    {
        CheckPageSize(maxResults);
        var query = new GmailQuery().Add("q", q).AddEach("labelIds", labelIds).Add("maxResults", maxResults).Add("pageToken", pageToken);
        return GetAsync($"threads{query}", GmailOperation.ThreadsList, GmailJsonContext.Default.ListThreadsResponse, cancellationToken);
    }
}
