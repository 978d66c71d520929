using Factumerit.Email.Providers.Gmail.Data;

namespace Factumerit.Email.Providers.Gmail;

public sealed partial class GmailClient
{
    public const char LabelNestingSeparator = '/';

    /// <summary>labels.list: system and user labels.</summary>
    public async Task<IReadOnlyList<Label>> ListLabelsAsync(CancellationToken cancellationToken = default)
    {
        var response = await GetAsync("labels", GmailOperation.LabelsList, GmailJsonContext.Default.ListLabelsResponse,
            cancellationToken).ConfigureAwait(false);
        return response.Labels ?? [];
    }

    /// <summary>labels.create; a name that exists answers 409 (see <see cref="GetOrCreateLabelAsync"/>).</summary>
    public Task<Label> CreateLabelAsync(Label label, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(label.Name, nameof(label) + "." + nameof(label.Name));
        return PostAsync("labels", label, GmailJsonContext.Default.Label, GmailOperation.LabelsCreate,
            GmailJsonContext.Default.Label, cancellationToken);
    }

    /// <summary>
    /// The user label called <paramref name="name"/>, created if missing. "A/B" is nested under "A", which is
    /// created first so Gmail shows the nesting. A 409 on create means the name exists: the label is listed and
    /// reused.
    /// </summary>
    public async Task<Label> GetOrCreateLabelAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var segments = name.Split(LabelNestingSeparator);
        if (segments.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Nested label names need a name between every '/'.", nameof(name));
        }

        IReadOnlyList<Label>? listed = null;
        Label? label = null;
        for (var depth = 1; depth <= segments.Length; depth++)
        {
            var path = string.Join(LabelNestingSeparator, segments[..depth]);
            label = listed is null ? null : FindLabel(listed, path);
            if (label is not null)
            {
                continue;
            }
            try
            {
                label = await CreateLabelAsync(new Label { Name = path, LabelListVisibility = "labelShow", MessageListVisibility = "show" },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (GmailApiException ex) when (ex.Status == 409)
            {
                listed = await ListLabelsAsync(cancellationToken).ConfigureAwait(false);
                label = FindLabel(listed, path) ?? throw new GmailApiException(409, ex.Reason,
                    $"Gmail reported label '{path}' as existing but did not list it.", ex);
                GmailLog.LabelReused(_logger, label.Id ?? "", GmailLog.Hash(Mailbox));
            }
        }
        return label!;
    }

    // Gmail treats label names case-insensitively when checking for conflicts.
    private static Label? FindLabel(IReadOnlyList<Label> labels, string name) =>
        labels.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
}
