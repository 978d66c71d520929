using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Http;

namespace Factumerit.Email.Providers.Gmail;

/// <summary>Every history record after the start id, and the history id to store for the next sync.</summary>
public sealed record GmailHistoryDelta(IReadOnlyList<History> Records, ulong HistoryId, int Pages);

public sealed partial class GmailClient
{
    /// <summary>
    /// history.list from <paramref name="startHistoryId"/> (exclusive), following every page. Throws
    /// <see cref="GmailHistoryExpiredException"/> when Gmail no longer has that history (404): do a full sync.
    /// </summary>
    public async Task<GmailHistoryDelta> ListHistoryAsync(ulong startHistoryId, IEnumerable<HistoryType>? historyTypes = null,
        string? labelId = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(startHistoryId);
        CheckPageSize(pageSize);
        var types = historyTypes?.Select(t => t.ToWire()).Distinct().ToArray();
        var records = new List<History>();
        var pages = 0;
        string? pageToken = null;
        ulong historyId;
        do
        {
            var query = new GmailQuery().Add("startHistoryId", startHistoryId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .AddEach("historyTypes", types).Add("labelId", labelId).Add("maxResults", pageSize).Add("pageToken", pageToken);
            ListHistoryResponse page;
            try
            {
                page = await GetAsync($"history{query}", GmailOperation.HistoryList, GmailJsonContext.Default.ListHistoryResponse,
                    cancellationToken).ConfigureAwait(false);
            }
            catch (GmailApiException ex) when (ex.Status == 404)
            {
                GmailLog.HistoryExpired(_logger, startHistoryId, GmailLog.Hash(Mailbox));
                throw new GmailHistoryExpiredException(startHistoryId, ex);
            }
            pages++;
            records.AddRange(page.History ?? []);
            historyId = page.HistoryId ?? throw new GmailApiException(200, "missingHistoryId", "Gmail history.list returned no historyId.");
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
        return new GmailHistoryDelta(records, historyId, pages);
    }
}
