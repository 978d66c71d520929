using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Data;

namespace Factumerit.Email.Providers.Assistant;

/// <summary>
/// Finds or creates a set of nested labels with one labels.list (1 unit) and a labels.create (5 units) only for
/// the missing ones, parents first so Gmail shows the nesting. A 409 (made meanwhile, or differing only in case)
/// means the label exists: the list is read again and the label reused.
/// </summary>
internal static class LabelEnsurer
{
    public static async Task<IReadOnlyDictionary<string, string>> EnsureAsync(GmailClient client, IEnumerable<string> names,
        CancellationToken cancellationToken)
    {
        var wanted = names.ToList();
        var existing = await client.ListLabelsAsync(cancellationToken).ConfigureAwait(false);
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Remember(ids, existing);
        var paths = wanted.SelectMany(Ancestry).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(p => p.Count(c => c == '/'));
        foreach (var path in paths.Where(p => !ids.ContainsKey(p)))
        {
            try
            {
                var created = await client.CreateLabelAsync(new Label { Name = path, LabelListVisibility = "labelShow", MessageListVisibility = "show" },
                    cancellationToken).ConfigureAwait(false);
                ids[path] = created.Id ?? throw new GmailApiException(200, "missingId", "Gmail labels.create returned no id.");
            }
            catch (GmailApiException ex) when (ex.Status == 409)
            {
                Remember(ids, await client.ListLabelsAsync(cancellationToken).ConfigureAwait(false));
                if (!ids.ContainsKey(path))
                {
                    throw new GmailApiException(409, ex.Reason, $"Gmail reported label '{path}' as existing but did not list it.", ex);
                }
            }
        }
        return wanted.ToDictionary(n => n, n => ids[n], StringComparer.Ordinal);
    }

    private static IEnumerable<string> Ancestry(string name)
    {
        var segments = name.Split(GmailClient.LabelNestingSeparator);
        return Enumerable.Range(1, segments.Length).Select(depth => string.Join(GmailClient.LabelNestingSeparator, segments[..depth]));
    }

    private static void Remember(Dictionary<string, string> ids, IEnumerable<Label> labels)
    {
        foreach (var label in labels.Where(l => l.Name is not null && l.Id is not null))
        {
            ids[label.Name!] = label.Id!;
        }
    }
}
