using System.Runtime.CompilerServices;
using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// Pages of a query. The continuation token is "NextPartitionKey NextRowKey" (the service's opaque tokens hold no
/// spaces), and a page is fetched while one is returned, even after an empty page.
/// </summary>
internal sealed class TablePageable<T>(
    Func<string?, int?, CancellationToken, Task<Page<T>>> fetchPage, int? maxPerPage, CancellationToken cancellationToken)
    : AsyncPageable<T>(cancellationToken)
    where T : notnull
{
    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        TableValidation.MaxPerPage(pageSizeHint);
        return Pages(continuationToken, pageSizeHint ?? maxPerPage, CancellationToken);
    }

    private async IAsyncEnumerable<Page<T>> Pages(string? token, int? pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        do
        {
            var page = await fetchPage(token, pageSize, cancellationToken).ConfigureAwait(false);
            yield return page;
            token = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(token));
    }

    public static string? Token(string? nextPartitionKey, string? nextRowKey) =>
        string.IsNullOrEmpty(nextPartitionKey) ? null : $"{nextPartitionKey} {nextRowKey}";

    public static (string PartitionKey, string? RowKey) Split(string token)
    {
        var space = token.IndexOf(' ');
        return space < 0 ? (token, null) : (token[..space], token[(space + 1)..] is { Length: > 0 } rk ? rk : null);
    }
}
